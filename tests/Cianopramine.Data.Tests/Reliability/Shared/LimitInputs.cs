using System.Text;

namespace Cianopramine.Data.Reliability;

/// <summary>
/// The corpus's limit cases that are too large to commit, generated in the tests: nesting 10 000 levels deep (CPD0028
/// both ways) and a 50 MB file (read by the generator, rejected by the loader's size limit). One definition for both test
/// projects: the generator tests run each input once through the generator and the loader and compare them
/// (<c>CorpusTests</c>), the loader tests run each once per loader entry point with bounds on time and memory
/// (<c>LoaderCorpusTests</c>, on every target framework of the library).
/// </summary>
internal static class LimitInputs
{
    /// <summary>How deep the nesting inputs go: far beyond the limit of 64 levels, and deep enough to overflow a recursive reader.</summary>
    public const int Depth = 10_000;

    /// <summary>The padding of the 50 MB file, in bytes.</summary>
    public const int FiftyMegabytes = 50 * 1024 * 1024;

    /// <summary>What every nesting input gives, both ways: CPD0028 alone, on line 1, at the JSON path <c>$</c>, with this message.</summary>
    public const string NestingMessage = "The input exceeds a limit: objects and arrays are nested more than 64 levels deep";

    /// <summary>Each shape of <see cref="Nesting"/> with the column of its 65th level, where CPD0028 points.</summary>
    public static readonly IReadOnlyDictionary<string, int> NestingColumns = new Dictionary<string, int>
    {
        ["arrays"] = 65,
        ["objects"] = 321,
        ["comment-value"] = 137,
        ["mixed"] = 261,
        ["unclosed"] = 77,
        ["unclosed-arrays"] = 65,
    };

    /// <summary>The shapes of <see cref="Nesting"/>, for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> NestingShapes() => NestingColumns.Keys.Select(s => new object[] { s });

    /// <summary>
    /// Nesting <see cref="Depth"/> levels deep: bare arrays, bare objects, arrays as the value of a <c>"$comment"</c> of
    /// a valid manifest, alternating arrays and objects there, arrays left unclosed under <c>"dataset"</c>, and bare
    /// arrays never closed. Each must give CPD0028 alone, at the first level past the limit.
    /// </summary>
    public static string Nesting(string shape) => shape switch
    {
        "arrays" => new string('[', Depth) + new string(']', Depth),
        "objects" => string.Concat(Enumerable.Repeat("{\"a\":", Depth)) + "1" + new string('}', Depth),
        "comment-value" => "{ \"dataset\": { \"id\": \"deep\", \"title\": \"t\", \"version\": \"1\" }, \"$comment\": " +
            new string('[', Depth) + new string(']', Depth) + " }",
        "mixed" => "{ \"dataset\": { \"id\": \"deep\", \"title\": \"t\", \"version\": \"1\" }, \"$comment\": " +
            string.Concat(Enumerable.Repeat("[{\"a\":", Depth / 2)) + "0" + string.Concat(Enumerable.Repeat("}]", Depth / 2)) + " }",
        "unclosed" => "{ \"dataset\": " + new string('[', Depth),
        "unclosed-arrays" => new string('[', Depth),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Not a nesting shape."),
    };

    /// <summary>
    /// A data file of just over 50 MB: 50 MiB of padding in a <c>"$comment"</c>, then one real problem (the unit
    /// <c>ng/ml</c>, CPD0006 at <see cref="FiftyMegabyteProblemLine"/>:<see cref="FiftyMegabyteProblemColumn"/>). The generator (limit 256 MiB) reads it all and
    /// reports that problem; the loader (limit 16 MiB) rejects its size (CPD0028 at 1:1) before reading any of it.
    /// </summary>
    public static byte[] FiftyMegabyteFile()
    {
        const string Head = "{\n  \"dataset\": { \"id\": \"big\", \"title\": \"Big\", \"version\": \"1\" },\n  \"$comment\": \"";
        const string Tail = "\",\n  \"references\": [{ \"id\": \"ref1\", \"kind\": \"book\", \"status\": \"not-checked\" }],\n" +
            "  \"compounds\": [{ \"id\": \"c1\", \"name\": \"C1\", \"role\": \"parent-drug\", \"references\": [\"ref1\"] }],\n" +
            "  \"targets\": [{ \"id\": \"T\", \"symbol\": \"T\", \"name\": \"Target\", \"kind\": \"other\" }],\n" +
            "  \"assays\": [{ \"id\": \"a1\", \"kind\": \"other\", \"setting\": \"in-vitro\", \"description\": \"d\" }],\n" +
            "  \"results\": [{ \"id\": \"r1\", \"compound\": \"c1\", \"target\": \"T\", \"assay\": \"a1\", \"references\": [\"ref1\"],\n" +
            "    \"value\": { \"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 1, \"unit\": \"ng/ml\" } }]\n}\n";
        var bytes = new byte[Head.Length + FiftyMegabytes + Tail.Length];
        Encoding.ASCII.GetBytes(Head, bytes);
        bytes.AsSpan(Head.Length, FiftyMegabytes).Fill((byte)'x');
        Encoding.ASCII.GetBytes(Tail, bytes.AsSpan(Head.Length + FiftyMegabytes));
        return bytes;
    }

    /// <summary>The line of the one real problem inside <see cref="FiftyMegabyteFile"/>.</summary>
    public const int FiftyMegabyteProblemLine = 9;

    /// <summary>The column of the one real problem inside <see cref="FiftyMegabyteFile"/>.</summary>
    public const int FiftyMegabyteProblemColumn = 81;
}
