using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader at its edges: empty and trailing input, nesting limits, large objects, size limits with and without a
/// byte order mark, exact messages, JSON paths and the spans diagnostics point at.
/// </summary>
public class ReaderEdgeTests
{
    private static IReadOnlyList<DatasetDiagnostic> Read(string json) => TestData.Read(json).Diagnostics.ToList();

    private static IReadOnlyList<DatasetDiagnostic> ReadBytes(byte[] bytes, int maxBytes = DatasetFileReader.DefaultMaxBytes) =>
        DatasetFileReader.Read(TestData.Path, bytes, CancellationToken.None, maxBytes).Diagnostics.ToList();

    private static IReadOnlyList<DatasetDiagnostic> ReadSpan(byte[] bytes, int maxBytes = DatasetFileReader.DefaultMaxBytes) =>
        DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(bytes), CancellationToken.None, maxBytes).Diagnostics.ToList();

    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    // ---- empty input, trailing input and syntax messages -------------------------------------------------------

    [Fact]
    public void Zero_bytes_and_a_lone_byte_order_mark_contain_no_json_value()
    {
        foreach (var diagnostics in new[] { Read(string.Empty), Read("\uFEFF"), ReadBytes(Array.Empty<byte>()), ReadBytes(Bom), ReadSpan(Bom) })
        {
            var d = TestData.Single(diagnostics, "CPD0001");
            d.Message.Should().Be("The file is not valid JSON: the file contains no JSON value");
            d.Location.JsonPath.Should().Be("$");
            d.ShouldBeAt((1, 1));
        }
    }

    [Theory]
    [InlineData("{ \"dataset\": \"test\" } {}", "{}")]
    [InlineData("{ \"dataset\": \"test\" }\n  x", "x")]
    [InlineData("{ \"dataset\": \"test\" } ]", "]")]
    public void Anything_after_the_top_level_value_is_malformed_at_its_first_character(string json, string extra)
    {
        var d = TestData.Single(Read(json), "CPD0001");

        d.ShouldBeAt(TestData.PositionOf(json, extra, json.Split(extra).Length - 2));
        d.Location.JsonPath.Should().Be("$");
        d.Location.Length.Should().Be(1);
        d.Message.Should().Be("The file is not valid JSON: unexpected character '" + extra[0] + "'");
    }

    [Theory]
    [InlineData("}", "unexpected character '}'")]
    [InlineData("]", "unexpected character ']'")]
    [InlineData("{ \"dataset\": ~ }", "unexpected character '~'")]
    [InlineData("{ \"dataset\": \u007F }", "unexpected character '\\x7F'")]
    [InlineData("{ \"dataset\": \u0001 }", "unexpected character '\\x01'")]
    [InlineData("{ \"dataset\": \u001F }", "unexpected character '\\x1F'")]
    [InlineData("{ \"dataset\": \"test\", \"gaps\": [],\t}", "trailing commas are not allowed")]
    [InlineData("{ \"dataset\": \"test\", \"gaps\": [ \"a\",\r\n ] }", "trailing commas are not allowed")]
    [InlineData("{ \"dataset\": \"test\", \"gaps\": [ \"a\"\r\n ] ] }", "unexpected character ']'")]
    public void Syntax_errors_are_described_in_our_words(string json, string reason)
    {
        var d = TestData.Single(Read(json), "CPD0001");

        d.Message.Should().Be("The file is not valid JSON: " + reason);
        d.Location.Length.Should().Be(1, "a syntax error inside the text points at one character");
    }

    [Fact]
    public void A_syntax_error_at_the_end_of_the_text_is_an_empty_span_there()
    {
        var json = "{ \"dataset\": \"test\"";

        var d = TestData.Single(Read(json), "CPD0001");

        d.Location.Start.Should().Be(json.Length);
        d.Location.Length.Should().Be(0);
        d.Location.JsonPath.Should().Be("$");
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_malformed_at_its_string()
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": \"a\\uD800b\" }";

        var d = TestData.Single(Read(json), "CPD0001");

        d.Message.Should().Be("The file is not valid JSON: a \\u escape that is not valid UTF-16 (an unpaired surrogate)");
        d.Location.Start.Should().Be(json.IndexOf("\"a\\", StringComparison.Ordinal));
        d.Location.Length.Should().Be(1);
        d.Location.JsonPath.Should().Be("$");
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_itself_is_invalid_utf8_not_an_exception()
    {
        // The text cannot be encoded exactly: the encoder writes U+FFFD, which the reader rejects like the compiler's.
        var json = "{ \"dataset\": \"test\", \"$comment\": \"a\uD800b\" }";

        var d = TestData.Single(Read(json), "CPD0001");

        d.Message.Should().Contain("invalid UTF-8");
        d.Location.Start.Should().Be(json.IndexOf('\uD800'));
    }

    [Fact]
    public void Every_entry_point_checks_cancellation_first()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var bytes = Encoding.UTF8.GetBytes(TestData.Dataset());

        FluentActions.Invoking(() => DatasetFileReader.Read(TestData.Path, bytes, cts.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(bytes), cts.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => DatasetFileReader.Read(TestData.Path, "{}", cts.Token)).Should().Throw<OperationCanceledException>();
    }

    // ---- nesting ----------------------------------------------------------------------------------------------

    private static string NestedObjects(int levels) =>
        "{ \"dataset\": \"test\", \"$comment\": " + string.Concat(Enumerable.Repeat("{\"a\":", levels - 2)) + "{}" + new string('}', levels - 2) + " }";

    [Fact]
    public void Objects_nested_64_levels_deep_are_accepted_and_65_are_too_deep()
    {
        Read(NestedObjects(64)).Should().BeEmpty();

        var json = NestedObjects(65);
        var d = TestData.Single(Read(json), "CPD0028");

        d.Message.Should().Be("The input exceeds a limit: objects and arrays are nested more than 64 levels deep");
        d.Location.JsonPath.Should().Be("$");
        d.Location.Length.Should().Be(1);
        d.Location.Start.Should().Be(json.LastIndexOf('{'), "the innermost object is the 65th level");
    }

    [Fact]
    public void Arrays_and_objects_count_alike_towards_the_depth()
    {
        var inner = string.Concat(Enumerable.Repeat("[{\"a\":", 31));
        var close = string.Concat(Enumerable.Repeat("}]", 31));

        Read("{ \"$comment\": " + inner + "1" + close + ", \"dataset\": \"test\" }").Should().BeEmpty("1 + 62 levels");
        Read("{ \"$comment\": " + inner + "[1]" + close + ", \"dataset\": \"test\" }").Should().BeEmpty("1 + 62 + 1 levels");
        TestData.Single(Read("{ \"$comment\": " + inner + "[[1]]" + close + ", \"dataset\": \"test\" }"), "CPD0028").Should().NotBeNull();
        TestData.Single(Read("{ \"$comment\": " + inner + "{\"a\":{}}" + close + ", \"dataset\": \"test\" }"), "CPD0028").Should().NotBeNull();
    }

    // ---- repeated property names ------------------------------------------------------------------------------

    private static string ManyProperties(IEnumerable<string> names) =>
        "{ \"dataset\": \"test\"" + string.Concat(names.Select((n, i) => ", \"" + n + "\": " + i)) + " }";

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Repeats_are_found_in_objects_of_any_size(int distinct)
    {
        var names = Enumerable.Range(0, distinct).Select(i => "$comment" + i).ToList();
        Read(ManyProperties(names)).Should().BeEmpty();

        // A repeat of the first name (found by scanning or by the set built for large objects), of a late one, and twice.
        names.Add("$comment0");
        names.Add("$comment" + (distinct - 1));
        names.Add("$comment0");
        var json = ManyProperties(names);

        var diagnostics = Read(json);

        diagnostics.Select(d => d.Id).Should().Equal("CPD0025", "CPD0025", "CPD0025");
        diagnostics.Select(d => d.Location.JsonPath).Should().Equal("$.$comment0", "$.$comment" + (distinct - 1), "$.$comment0");
        diagnostics[0].Location.Start.Should().Be(TestData.IndexOf(json, "\"$comment0\"", 1));
        diagnostics[2].Location.Start.Should().Be(TestData.IndexOf(json, "\"$comment0\"", 2));
        diagnostics[0].Message.Should().Be("Property '$comment0' appears more than once in $");
    }

    [Fact]
    public void Names_with_the_same_cache_hash_are_still_told_apart()
    {
        // Short names share one string through a cache keyed by a 32-bit FNV-1a hash. These pairs collide: the first
        // has the same length and differs at every position, the second differs in length.
        foreach (var (first, second) in new[] { ("iskuks", "lprtpd"), ("bmbggz", "muxgarc") })
        {
            var diagnostics = Read("{ \"dataset\": \"test\", \"" + first + "\": 1, \"" + second + "\": 2 }");

            diagnostics.Select(d => d.Message).Should().Equal(
                "Unknown property '" + first + "' in $",
                "Unknown property '" + second + "' in $");
        }
    }

    // ---- size limits and the byte order mark ------------------------------------------------------------------

    private static string OfLength(int bytes)
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": \"\" }";
        return json.Insert(json.Length - 3, new string('x', bytes - json.Length));
    }

    [Fact]
    public void Text_of_exactly_the_limit_is_read_with_or_without_a_bom_character()
    {
        var json = OfLength(200);
        Encoding.UTF8.GetByteCount(json).Should().Be(200);

        DatasetFileReader.Read(TestData.Path, json, CancellationToken.None, maxBytes: 200).Diagnostics.Should().BeEmpty();
        DatasetFileReader.Read(TestData.Path, "\uFEFF" + json, CancellationToken.None, maxBytes: 200).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Text_one_byte_over_the_limit_is_too_large_with_its_size_in_bytes()
    {
        var json = OfLength(201);

        foreach (var text in new[] { json, "\uFEFF" + json })
        {
            var d = TestData.Single(DatasetFileReader.Read(TestData.Path, text, CancellationToken.None, maxBytes: 200).Diagnostics.ToList(), "CPD0028");
            d.Message.Should().Be("The input exceeds a limit: the file is 201 bytes, more than the limit of 200");
            d.ShouldBeAt((1, 1));
        }
    }

    [Fact]
    public void Text_within_the_limit_in_characters_but_over_it_in_utf8_bytes_is_too_large()
    {
        // 'µ' is one UTF-16 code unit but two UTF-8 bytes: 190 characters, 290 bytes.
        var json = "{ \"dataset\": \"test\", \"$comment\": \"" + new string('µ', 100) + "\" }";
        json = json.Insert(json.Length - 3, new string('x', 190 - json.Length));
        json.Length.Should().Be(190);

        var d = TestData.Single(DatasetFileReader.Read(TestData.Path, json, CancellationToken.None, maxBytes: 200).Diagnostics.ToList(), "CPD0028");

        d.Message.Should().Be("The input exceeds a limit: the file is 290 bytes, more than the limit of 200");
    }

    [Fact]
    public void Bytes_of_exactly_the_limit_are_read_and_a_bom_does_not_count()
    {
        var bytes = Encoding.UTF8.GetBytes(OfLength(200));
        var withBom = Bom.Concat(bytes).ToArray();

        ReadBytes(bytes, 200).Should().BeEmpty();
        ReadBytes(withBom, 200).Should().BeEmpty();
        ReadSpan(bytes, 200).Should().BeEmpty();
        ReadSpan(withBom, 200).Should().BeEmpty();
    }

    [Fact]
    public void Bytes_one_over_the_limit_are_too_large_and_the_size_excludes_the_bom()
    {
        var bytes = Encoding.UTF8.GetBytes(OfLength(201));
        var withBom = Bom.Concat(bytes).ToArray();

        foreach (var diagnostics in new[] { ReadBytes(bytes, 200), ReadBytes(withBom, 200), ReadSpan(bytes, 200), ReadSpan(withBom, 200) })
        {
            var d = TestData.Single(diagnostics, "CPD0028");
            d.Message.Should().Be("The input exceeds a limit: the file is 201 bytes, more than the limit of 200");
            d.ShouldBeAt((1, 1));
        }
    }

    [Fact]
    public void Only_all_three_bom_bytes_are_skipped()
    {
        // EF BB alone is a truncated sequence; the four-byte inputs below are characters that share one or two bytes
        // with the BOM, followed by a space: not JSON, but not a BOM either.
        foreach (var diagnostics in new[] { ReadBytes(new byte[] { 0xEF, 0xBB }), ReadSpan(new byte[] { 0xEF, 0xBB }) })
        {
            var d = TestData.Single(diagnostics, "CPD0001");
            d.Message.Should().Contain("invalid UTF-8");
            d.ShouldBeAt((1, 1));
        }

        foreach (var bytes in new[]
        {
            new byte[] { 0xC2, 0xBB, 0x20, 0x20 }, // U+00BB
            new byte[] { 0xEF, 0xBF, 0xBF, 0x20 }, // U+FFFF
            new byte[] { 0xEF, 0xBB, 0x80, 0x20 }, // U+FEC0
            new byte[] { 0xE0, 0xBB, 0xBF, 0x20 }, // U+0EFF
        })
        {
            foreach (var diagnostics in new[] { ReadBytes(bytes), ReadSpan(bytes) })
            {
                var d = TestData.Single(diagnostics, "CPD0001");
                d.Message.Should().Be("The file is not valid JSON: unexpected character '\\x" + bytes[0].ToString("X2") + "'");
                d.ShouldBeAt((1, 1));
            }
        }

        // "¿" as a JSON string: its third byte is BF, the BOM's last byte.
        var text = Encoding.UTF8.GetBytes("\"\u00BF\"");
        foreach (var diagnostics in new[] { ReadBytes(text), ReadSpan(text) })
        {
            TestData.Single(diagnostics, "CPD0003").Message.Should().Be("'the file' must be an object, but is a string");
        }
    }

    [Fact]
    public void Invalid_utf8_in_the_first_byte_is_reported_at_the_start()
    {
        foreach (var diagnostics in new[] { ReadBytes(new byte[] { 0xFF, (byte)'{', (byte)'}' }), ReadSpan(Bom.Concat(new byte[] { 0xC0, 0x80 }).ToArray()) })
        {
            var d = TestData.Single(diagnostics, "CPD0001");
            d.Message.Should().Be("The file is not valid JSON: invalid UTF-8 (bytes that are not UTF-8, or U+FFFD, the character a compiler reads them as)");
            d.Location.JsonPath.Should().Be("$");
            d.Location.Length.Should().Be(0);
            d.ShouldBeAt((1, 1));
        }
    }

    // ---- positions --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Unicode_line_breaks_inside_strings_start_a_new_line(string lineBreak)
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": \"a" + lineBreak + "bc\", \"bogus\": 1 }";

        TestData.Single(Read(json), "CPD0004").ShouldBeAt((2, 6));
    }

    [Theory]
    [InlineData("\u00C5")] // C3 85: its second byte is NEL's
    [InlineData("\u1028")] // E1 80 A8: its last two bytes are U+2028's
    [InlineData("\u2FFD")] // E2 BF BD: its last two bytes are U+FFFD's
    [InlineData("\u07D0")] // DF 90: the last two-byte lead
    [InlineData("\u0913")] // E0 A4 93: the first three-byte lead
    [InlineData("\uFF21")] // EF BC A1: the last three-byte lead
    [InlineData("\uDBC0\uDC00")] // F4 80 80 80: U+100000, the last four-byte lead
    public void Characters_that_resemble_line_breaks_or_bad_bytes_are_one_character_on_the_same_line(string character)
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": \"" + character + "\", \"bogus\": 1 }";

        var d = TestData.Single(Read(json), "CPD0004");

        d.ShouldBeAt(TestData.PositionOf(json, "\"bogus\""));
        d.Location.Start.Should().Be(json.IndexOf("\"bogus\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u0913")] // E0 A4 93
    [InlineData("\u07D0")] // DF 90
    [InlineData("\uFF21")] // EF BC A1
    [InlineData("\uDBC0\uDC00")] // F4 80 80 80
    public void A_syntax_error_right_after_a_multibyte_character_is_placed_on_the_next_character(string character)
    {
        var json = "{ \"dataset\": \"" + character + "\u0001\" }";

        var d = TestData.Single(Read(json), "CPD0001");

        d.Location.Start.Should().Be(json.IndexOf('\u0001'));
        d.ShouldBeAt(TestData.PositionOf(json, "\u0001"));
    }

    [Fact]
    public void A_bom_character_counts_in_offsets_after_multibyte_characters_too()
    {
        var json = "\uFEFF{ \"dataset\": \"test\", \"$comment\": \"\u00e9\u20ac\", \"bogus\": 1 }";

        var d = TestData.Single(Read(json), "CPD0004");

        d.Location.Start.Should().Be(json.IndexOf("\"bogus\"", StringComparison.Ordinal));
        d.Location.Length.Should().Be(7);
    }

    [Theory]
    [InlineData("bo\\\"gus")] // an escaped quote: the name does not end there
    [InlineData("bo\\\\")] // an escaped backslash just before the closing quote
    [InlineData("\\u0062ogus")] // a \u escape
    [InlineData("b\u00e9gus")] // a two-byte character
    public void An_unknown_or_repeated_name_spans_its_whole_written_form_escapes_included(string written)
    {
        var name = "\"" + written + "\"";
        var unknown = "{ \"dataset\": \"test\", " + name + ": 1 }";
        var repeated = "{ \"dataset\": \"test\", " + name + ": 1, " + name + ": 2 }";

        var d = TestData.Single(Read(unknown), "CPD0004");
        d.Location.Start.Should().Be(unknown.IndexOf(name, StringComparison.Ordinal));
        d.Location.Length.Should().Be(name.Length);

        var both = Read(repeated);
        both.Select(x => x.Id).Should().Equal("CPD0004", "CPD0025");
        var r = both[1];
        r.Location.Start.Should().Be(repeated.LastIndexOf(name, StringComparison.Ordinal));
        r.Location.Length.Should().Be(name.Length);
    }

    [Fact]
    public void A_carriage_return_as_the_last_byte_is_read()
    {
        Read("{ \"dataset\": \"test\" }\r").Should().BeEmpty();
        ReadBytes(Encoding.UTF8.GetBytes("{ \"dataset\": \"test\" }\r")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"a\\u0041\\n\"")]
    [InlineData("\"\"")]
    [InlineData("12.5e-3")]
    [InlineData("-7.5")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("{ \"a\": [1, 2] }")]
    [InlineData("{}")]
    [InlineData("[ 1, { \"b\": null } ]")]
    [InlineData("[]")]
    public void A_wrong_type_diagnostic_spans_exactly_the_value(string value)
    {
        // 'year' must be an integer: every value here is the wrong type (or not an integer) except the numbers.
        var reference = TestData.Reference.Replace("\"year\": 1985", "\"year\": " + value);
        var json = TestData.Dataset(references: reference);

        var d = Read(json).Should().ContainSingle().Subject;

        d.Location.Start.Should().Be(json.IndexOf("\"year\": ", StringComparison.Ordinal) + 8);
        d.Location.Length.Should().Be(value.Length);
        d.Location.JsonPath.Should().Be("$.references[0].year");
    }
}
