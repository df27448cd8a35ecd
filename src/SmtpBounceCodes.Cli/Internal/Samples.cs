namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// The repository's <c>samples/</c> folder, embedded in the tool (resource names <c>samples/…</c>), so that
/// <c>demo</c> works from an installed tool as well as from a clone.
/// </summary>
internal static class Samples
{
    private const string Prefix = "samples/";

    /// <summary>The relative paths of the embedded samples, with '/' separators.</summary>
    internal static IEnumerable<string> Names =>
        typeof(Samples).Assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>Writes the samples into a new temporary folder and returns its path.</summary>
    internal static string ExtractToTemporaryDirectory()
    {
        string root = Directory.CreateTempSubdirectory("smtp-bounce-demo-").FullName;
        foreach (string resource in typeof(Samples).Assembly.GetManifestResourceNames())
        {
            string name = resource.Replace('\\', '/');
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            string path = Path.Combine(root, Path.Combine(name[Prefix.Length..].Split('/')));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using Stream source = typeof(Samples).Assembly.GetManifestResourceStream(resource)!;
            using FileStream target = File.Create(path);
            source.CopyTo(target);
        }

        return root;
    }

    internal static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the demo's output matters more than the cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
