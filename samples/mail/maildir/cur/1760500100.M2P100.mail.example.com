Return-Path: <>
Date: Wed, 15 Oct 2025 12:41:40 +0900 (JST)
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: news@example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Y0B4f5G6h7J.1760499700/mail.example.com"
Message-Id: <20251015034140.4Y0B4f5G6h7J@mail.example.com>

--4Y0B4f5G6h7J.1760499700/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<hachiro@example.net>: host mx.example.net[203.0.113.40] said: 552 5.3.4
    Message size exceeds fixed maximum message size (in reply to end of DATA
    command)

--4Y0B4f5G6h7J.1760499700/mail.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
Arrival-Date: Wed, 15 Oct 2025 12:41:30 +0900 (JST)

Final-Recipient: rfc822; hachiro@example.net
Action: failed
Status: 5.3.4
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message
    size

--4Y0B4f5G6h7J.1760499700/mail.example.com--
