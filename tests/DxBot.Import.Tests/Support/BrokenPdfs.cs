namespace DxBot.Import.Tests.Support;

/// <summary>PDFs that cannot be imported, as staff meet them.</summary>
internal static class BrokenPdfs
{
    /// <summary>The header of a PDF and then garbage: what a failed download or a damaged disk leaves.</summary>
    public static byte[] Damaged() => [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251))];

    /// <summary>
    /// A one-page PDF under the standard security handler whose user password is not empty: the /U entry does not match
    /// the empty password, as when a city protects its file before publishing it.
    /// </summary>
    public static byte[] Encrypted()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        };
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('C', 32)}> <{new string('C', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }
}
