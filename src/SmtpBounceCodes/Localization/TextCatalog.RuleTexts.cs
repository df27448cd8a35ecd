namespace SmtpBounceCodes.Internal;

internal static partial class TextCatalog
{
    /// <summary>
    /// Finer explanations attached to diagnose rules, keyed <c>rule:&lt;rule id&gt;</c>. When such a rule decides, its text
    /// replaces the reason's: these wordings (from the seed help page on 550–555 errors) say more than the reason alone.
    /// </summary>
    internal static readonly TextEntry[] RuleTexts =
    [
        new("rule:seed.550-5.7.1-access-denied",
            En: new("Access denied: the receiving server refused mail from your server.",
                "The receiver has your domain on its refusal list, or your sending IP is on a block list (as an open relay, for example), or, more and more often, the forward and reverse DNS of your server do not match because only forward DNS was set up.",
                "Set up reverse DNS (a PTR record) for the sending IP so that it matches the server's hostname and its forward DNS; check block lists for the IP and ask for delisting once any open relay is closed; if your domain itself is refused, contact the recipient."),
            Ja: new("アクセス拒否：受信サーバーが送信元サーバーからのメールを拒否しました。",
                "相手のメールサーバーで拒否ドメインに設定されている、不正中継（オープンリレー）などの理由でブラックリストに載っている、といった原因が考えられます。最近増えているのは、正引きだけを設定して逆引きを設定していないため、正引きと逆引きが一致しないとして拒否されるケースです。",
                "送信元 IP の逆引き（PTR レコード）を、サーバーのホスト名と正引きに一致するよう正しく設定してください。あわせてブラックリストに載っていないか確認し、不正中継をふさいだうえで掲載解除を申請してください。ドメインそのものが拒否されている場合は受信者に相談してください。")),

        new("rule:seed.551-access-denied",
            En: new("Access denied: the recipient does not exist (or no longer exists) on that server.",
                "With code 551 this wording means the server has no valid account for the address: the part before the @ is wrong, or the account has been closed.",
                "Check the part before the @ again, and confirm with the recipient that the account still exists and is in use; if it does not, stop sending to it."),
            Ja: new("アクセス拒否：指定した宛先のユーザーは存在しません。",
                "551 でこの文言が返る場合、サーバーにそのアドレスの有効なアカウントがありません。@より前の部分が誤っているか、アカウントが廃止されています。",
                "@より前のユーザー名の部分をもう一度確認し、そのアカウントが現在も存在し有効かどうかを受信者に確かめてください。有効でなければ送信を停止してください。")),

        new("rule:seed.553-unbalanced",
            En: new("The recipient address contains characters that are not allowed.",
                "The address has a character that a domain may not contain, as in user@\\example.jp or user@example,jp (a comma where a dot belongs); this is almost always a typo.",
                "Check the recipient address character by character, correct the typo, and send again."),
            Ja: new("宛先アドレスに使えない記号が含まれています。",
                "user@\\example.jp や user@example,jp（ドットの代わりにカンマ）のように、ドメイン名に使ってはいけない記号が入っています。ほとんどの場合は入力ミスです。",
                "宛先アドレスを一文字ずつ確認し、入力ミスを訂正してから送り直してください。")),

        new("rule:seed.553-not-local",
            En: new("Recipient is not local: the server refused to relay your message.",
                "The server got mail it is not responsible for from a sender it does not serve: the From address is an account that does not exist on that server, or the server relays only for its own network.",
                "Check the From address and the SMTP server settings of your mail software or application and correct any mistake; send through the SMTP server of the provider your From address belongs to, with SMTP authentication."),
            Ja: new("宛先がこのサーバーの管轄外のため、中継を拒否されました。",
                "サーバーに存在しないアカウントを差出人としてメールを送ろうとしたか、サーバーが自分のネットワーク以外からの中継を拒否しています。",
                "メールソフトや送信アプリの差出人（From）と SMTP サーバーの設定を確認し、誤りがあれば訂正してください。差出人アドレスのプロバイダーの SMTP サーバーを、SMTP 認証を有効にして使ってください。")),

        new("rule:seed.554-service-unavailable",
            En: new("Service unavailable: the message could not be sent to the destination.",
                "This appears in several situations: the destination server is stopped for maintenance, the message looped because of a forwarding service, or the address has no domain part.",
                "Read the whole error mail, including the lines before and after this one, to decide which case applies: check that the address has a domain, look for forwarding loops, and retry later if the server was down."),
            Ja: new("サービス利用不可：宛先へのメール送信に失敗しました。",
                "宛先サーバーがメンテナンスなどで停止している、転送サービスを使ったためにループした、メールアドレスにドメイン名がない、などさまざまな場合に表示されます。",
                "このエラーメールの内容全体をよく読んで、どの場合に当たるかを判断してください。アドレスにドメイン名があるか、転送がループしていないかを確認し、サーバーの停止が原因なら時間をおいて再送してください。")),

        new("rule:seed.555-unsupported-option",
            En: new("Unsupported option: the server does not support an option your software sent.",
                "The sending software added an option (ESMTP parameter) to MAIL FROM or RCPT TO, such as SMTPUTF8, BODY=8BITMIME or a DSN parameter, that the receiving server does not support; the reply names the option.",
                "Check the sending software's settings for the option named in the error, turn it off or update the software, and send again."),
            Ja: new("未対応のオプション：送信ソフトが付けたオプションにサーバーが対応していません。",
                "送信ソフトが MAIL FROM や RCPT TO に付けたオプション（ESMTP パラメーター。SMTPUTF8、BODY=8BITMIME、DSN 用のパラメーターなど）に、受信サーバーが対応していません。エラー文にそのオプション名が書かれています。",
                "エラー文に書かれたオプションについて送信ソフトの設定を確認し、無効にするかソフトを更新してから送り直してください。")),
    ];
}
