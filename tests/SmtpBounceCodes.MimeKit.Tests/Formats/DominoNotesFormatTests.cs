using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class DominoNotesFormatTests
{
    [Fact]
    public void Domino_report_pairs_the_address_with_the_reason_after_because()
    {
        BounceInput input = FormatKit.TextBounce("Postmaster@example.co.jp", "DELIVERY FAILURE: User Taro Yamada (taro@example.co.jp) not listed in Domino Directory", """
            Your message

              Subject: Quarterly report

            was not delivered to:

              taro@example.co.jp

            because:

              User Taro Yamada (taro@example.co.jp) not listed in Domino Directory

            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new DominoFormat(), input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal("User Taro Yamada (taro@example.co.jp) not listed in Domino Directory", r.DiagnosticText);
    }

    [Fact]
    public void Domino_report_with_values_on_the_label_lines_pairs_each_address_with_its_reason()
    {
        BounceInput input = FormatKit.TextBounce("Postmaster@example.de", "DELIVERY FAILURE: Maximum hop count exceeded", """
            ------- Delivery Failure Report -------

            Your document:           Service visit schedule
            was not delivered to:    tech@example.de
            because:                 Maximum hop count exceeded.  Message probably in a routing loop.

            Your document:           Service visit schedule
            was not delivered to:    k.s@example.de
            because:                 Unable to deliver to mail file mail\ks.nsf: the mail file has exceeded
                                     its database quota.
            """);

        List<FormatRecipient> found = FormatKit.Read(new DominoFormat(), input);

        Assert.Equal(["tech@example.de", "k.s@example.de"], found.Select(r => r.Address));
        Assert.Equal("networkerror", FormatKit.Reason(found[0]));
        Assert.EndsWith("its database quota.", found[1].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("mailboxfull", FormatKit.Reason(found[1]));
    }

    [Fact]
    public void Domino_report_in_another_language_is_read_from_its_subject()
    {
        BounceInput input = FormatKit.TextBounce("Mail Router <postmaster@example.de>", "DELIVERY FAILURE: User Jo Weiss (jo.weiss@example.de) not listed in Domino Directory", """
            Ihr Dokument:       Schadenmeldung
            wurde an folgende Empfänger nicht zugestellt:

                Jo Weiss <jo.weiss@example.de>
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new DominoFormat(), input));

        Assert.Equal("jo.weiss@example.de", r.Address);
        Assert.Equal("userunknown", FormatKit.Reason(r));
        Assert.Empty(FormatKit.Read(new DominoFormat(), FormatKit.TextBounce("MAILER-DAEMON@example.org", "Delivery failure: (jo@example.de) quota", "Sorry.")));
    }

    [Theory]
    [InlineData("Received: from ln1.example.fr by ln1.example.fr (HCL Domino Release 12.0.2)\n", true)]
    [InlineData("Message-ID: <OF0A1B2C3D.44556677-ONC1258B0B.0046D2E1@example.fr>\n", true)]
    [InlineData("X-MIMETrack: Serialize by Router on ln1/Example(Release 12.0.2) at 26/06/2026 14:02:11\n", true)]
    [InlineData("", false)]
    public void Domino_report_in_French_is_read_by_its_shape_and_a_Notes_name_by_the_returned_message(string mark, bool domino)
    {
        // Translated labels, the recipient named by its Notes name only: the returned message says who that is.
        BounceInput input = FormatKit.Input(mark + """
            From: Routeur de courrier <postmaster@example.fr>
            To: planning@example.fr
            Subject: =?utf-8?q?=C3=89chec_de_la_distribution?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Votre document :	Planning de juillet
            n'a pas été remis aux destinataires suivants :

            	Agnès Roussel/Technique/Exemple
            	Motif :	La base de courrier du destinataire a dépassé son quota.

            --b
            Content-Type: message/rfc822

            From: Planning <planning@example.fr>
            To: Agnès Roussel <agnes.roussel@example.fr>, Paul Martin <paul.martin@example.fr>
            Subject: Planning de juillet

            Bonjour.
            --b--
            """);

        List<FormatRecipient> found = FormatKit.Read(new DominoFormat(), input);

        if (!domino)
        {
            Assert.Empty(found);
            return;
        }

        FormatRecipient r = Assert.Single(found);
        Assert.Equal("agnes.roussel@example.fr", r.Address);
        Assert.Equal("La base de courrier du destinataire a dépassé son quota.", r.DiagnosticText);
        Assert.Equal("mailboxfull", FormatKit.Reason(r));
    }

    [Fact]
    public void Domino_report_in_German_with_the_reason_under_its_own_label_is_read_by_its_shape()
    {
        BounceInput input = FormatKit.Input("""
            X-MIMETrack: Serialize by Router on mail1/Beispiel(Release 12.0.2) at 02.07.2026 09:15:40
            From: Mail Router <postmaster@beispiel.example.de>
            To: einkauf@example.com
            Subject: Zustellungsfehler
            Content-Type: text/plain; charset=utf-8

            Ihre Nachricht

              Betreff: Bestellung 4411

            wurde an folgende Empfänger nicht zugestellt:

              jonas.weber@beispiel.example.de

            Grund:

              Benutzer Jonas Weber (jonas.weber@beispiel.example.de) ist im
              Domino-Verzeichnis nicht aufgeführt
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new DominoFormat(), input));

        Assert.Equal("jonas.weber@beispiel.example.de", r.Address);
        Assert.Equal("Benutzer Jonas Weber (jonas.weber@beispiel.example.de) ist im Domino-Verzeichnis nicht aufgeführt", r.DiagnosticText);
    }

    [Fact]
    public void Notes_gateway_gives_the_reason_above_the_addresses_it_applies_to()
    {
        BounceInput input = FormatKit.TextBounce("postmaster@gw.example.co.jp", "Undeliverable message", """
            ------- Failure Reasons  --------

            User not listed in public Name & Address Book
            taro@example.co.jp
            hanako@example.co.jp
            Unable to deliver: mail file is full
            jiro@example.co.jp

            ------- Returned Message --------
            To: someone@example.net
            """);

        List<FormatRecipient> found = FormatKit.Read(new NotesFormat(), input);

        Assert.Equal(["taro@example.co.jp", "hanako@example.co.jp", "jiro@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal("User not listed in public Name & Address Book", found[1].DiagnosticText);
        Assert.Equal("Unable to deliver: mail file is full", found[2].DiagnosticText);
    }
}
