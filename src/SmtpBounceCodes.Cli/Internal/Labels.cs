namespace SmtpBounceCodes.Cli.Internal;

/// <summary>The words of the human-readable output, in English and Japanese. The explanations themselves come from the library.</summary>
internal static class Labels
{
    // id → (English, Japanese). Declared once; Get falls back to English, as the library's explanations do.
    private static readonly Dictionary<string, (string En, string Ja)> Table = new(StringComparer.Ordinal)
    {
        ["reason"] = ("reason", "理由"),
        ["advice"] = ("advice", "推奨"),
        ["party"] = ("to act", "対応する側"),
        ["codes"] = ("codes", "コード"),
        ["stage"] = ("stage", "段階"),
        ["provider"] = ("provider", "事業者"),
        ["rule"] = ("rule", "判定ルール"),
        ["summary"] = ("summary", "概要"),
        ["cause"] = ("cause", "原因"),
        ["remedy"] = ("remedy", "対処法"),
        ["hard"] = ("hard bounce", "ハードバウンス"),
        ["soft"] = ("soft bounce", "ソフトバウンス"),
        ["notbounce"] = ("not a bounce", "バウンスではありません"),
        ["permanent"] = ("permanent", "恒久的"),
        ["transient"] = ("transient", "一時的"),
        ["none"] = ("none", "なし"),
        ["comma"] = (", ", "、"),
        ["advice.suppressrecipient"] = ("suppress the recipient", "この宛先への送信を停止する"),
        ["advice.retrylater"] = ("retry later", "時間をおいて再送する"),
        ["advice.fixsenderside"] = ("fix the sending side (DNS, authentication, reputation)", "送信側を直す（DNS・認証・評判）"),
        ["advice.fixmessage"] = ("fix the message", "メッセージの内容を直す"),
        ["advice.none"] = ("nothing to do", "対応は不要"),
        ["party.recipient"] = ("the recipient's side", "受信者側"),
        ["party.sender"] = ("the sender", "送信者側"),
        ["party.message"] = ("the message", "メッセージ"),
        ["party.network"] = ("the network", "ネットワーク"),
        ["party.unknown"] = ("unknown", "不明"),
    };

    internal static string Get(string id, string language) =>
        Table.TryGetValue(id, out (string En, string Ja) texts) ? (language == "ja" ? texts.Ja : texts.En) : id;
}
