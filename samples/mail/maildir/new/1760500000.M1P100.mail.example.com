Return-Path: <>
Date: Wed, 15 Oct 2025 12:40:00 +0900 (JST)
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: news@example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Y0B2c3D4e5F.1760499600/mail.example.com"
Message-Id: <20251015034000.4Y0B2c3D4e5F@mail.example.com>

--4Y0B2c3D4e5F.1760499600/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

<nanami@partner.example.org>: host smtp.partner.example.org[203.0.113.80] said:
    554 5.7.1 <nanami@partner.example.org>: Relay access denied (in reply to
    RCPT TO command)

--4Y0B2c3D4e5F.1760499600/mail.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
Arrival-Date: Wed, 15 Oct 2025 12:39:58 +0900 (JST)

Final-Recipient: rfc822; nanami@partner.example.org
Action: failed
Status: 5.7.1
Remote-MTA: dns; smtp.partner.example.org
Diagnostic-Code: smtp; 554 5.7.1 <nanami@partner.example.org>: Relay access
    denied

--4Y0B2c3D4e5F.1760499600/mail.example.com--
