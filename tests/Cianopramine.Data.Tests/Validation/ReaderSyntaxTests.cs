using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

public class ReaderSyntaxTests
{
    [Fact]
    public void The_base_dataset_reads_and_validates_without_any_diagnostic()
    {
        var result = TestData.Validate((TestData.Path, TestData.Dataset()));

        result.Diagnostics.Should().BeEmpty();
        result.Datasets.Should().ContainSingle().Which.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void A_line_comment_is_malformed_json_at_the_slash()
    {
        var json = "{\n  \"dataset\": \"test\", // a comment\n  \"gaps\": []\n}";

        var d = TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0001");

        d.ShouldBeAt((2, 22));
        d.ShouldBeAt(TestData.PositionOf(json, "//"));
        d.Message.Should().Contain("comments are not allowed");
    }

    [Fact]
    public void A_block_comment_is_malformed_json()
    {
        var json = "{ /* note */ \"dataset\": \"test\" }";

        TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0001").ShouldBeAt((1, 3));
    }

    [Fact]
    public void A_trailing_comma_is_malformed_json()
    {
        var json = "{\n  \"dataset\": \"test\",\n  \"gaps\": [],\n}";

        var d = TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0001");

        d.ShouldBeAt((4, 1));
        d.Message.Should().Contain("trailing commas");
    }

    [Fact]
    public void A_truncated_file_is_malformed_json_at_its_end()
    {
        var json = "{\n  \"dataset\": { \"id\": \"test\",\n    \"title\": \"Te";

        var d = TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0001");

        d.Message.Should().Contain("ends unexpectedly");
        d.Location.StartLine.Should().Be(2, "the last line (zero-based 2) is where the text ends");
    }

    [Fact]
    public void An_empty_file_is_malformed_json()
    {
        var d = TestData.Single(TestData.Read("  \n ").Diagnostics.ToList(), "CPD0001");

        d.ShouldBeAt((1, 1));
        d.Message.Should().Contain("no JSON value");
    }

    [Fact]
    public void Invalid_utf8_is_malformed_json_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"dataset\": \"t\u00e9st").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();

        var d = TestData.Single(DatasetFileReader.Read("bad.dataset.json", bytes, CancellationToken.None).Diagnostics.ToList(), "CPD0001");

        // Line 2 is `  "dataset": "tést` + bad byte: the é is two bytes but one character, so the column is 19.
        d.ShouldBeAt((2, 19));
        d.Message.Should().Contain("invalid UTF-8");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(TestData.Dataset())).ToArray();

        var result = DatasetFileReader.Read(TestData.Path, bytes, CancellationToken.None);

        result.Diagnostics.Should().BeEmpty();
        result.Manifest!.Id.Value.Should().Be("test");
    }

    [Fact]
    public void A_text_starting_with_a_bom_character_counts_it_in_character_offsets()
    {
        var text = "\uFEFF{ \"dataset\": \"test\", \"bogus\": 1 }";

        var d = TestData.Single(TestData.Read(text).Diagnostics.ToList(), "CPD0004");

        d.Location.Start.Should().Be(text.IndexOf("\"bogus\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Positions_count_utf16_code_units_after_multibyte_characters()
    {
        // "µ" is 2 UTF-8 bytes, "😀" is 4 UTF-8 bytes and 2 UTF-16 code units.
        var text = "{ \"dataset\": \"test\", \"$comment\": \"µ😀\", \"bogus\": 1 }";

        var d = TestData.Single(TestData.Read(text).Diagnostics.ToList(), "CPD0004");

        d.Location.Start.Should().Be(text.IndexOf("\"bogus\"", StringComparison.Ordinal));
        d.Location.Length.Should().Be("\"bogus\"".Length);
        d.ShouldBeAt(TestData.PositionOf(text, "\"bogus\""));
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_lines_as_lf()
    {
        var text = TestData.Dataset(results: TestData.Result.Replace("\"cmpA\"", "\"nope\"")).Replace("\n", "\r\n");

        var d = TestData.Single(TestData.Diagnostics(text), "CPD0008");

        d.ShouldBeAt(TestData.PositionOf(text.Replace("\r\n", "\n"), "\"nope\""));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_too_large()
    {
        var json = TestData.Dataset();

        var d = TestData.Single(DatasetFileReader.Read(TestData.Path, json, CancellationToken.None, maxBytes: 100).Diagnostics.ToList(), "CPD0028");

        d.ShouldBeAt((1, 1));
        d.Message.Should().Contain("limit of 100");
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_too_deep_not_malformed()
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": " + new string('[', 64) + new string(']', 64) + " }";

        var d = TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0028");

        // The root object is level 1, so the 64th '[' is level 65.
        d.ShouldBeAt((1, json.IndexOf('[', StringComparison.Ordinal) + 63 + 1));
    }

    [Fact]
    public void Nesting_of_exactly_64_levels_is_accepted()
    {
        var json = "{ \"dataset\": \"test\", \"$comment\": " + new string('[', 63) + new string(']', 63) + " }";

        TestData.Read(json).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_cancelled_read_throws_operation_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => DatasetFileReader.Read(TestData.Path, TestData.Dataset(), cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancellation_while_building_the_tree_propagates_instead_of_becoming_a_diagnostic()
    {
        // Past the entry check: the tree builder must check the token itself and must not turn the
        // OperationCanceledException into CPD0001.
        var results = string.Join(",\n    ", Enumerable.Range(0, 500).Select(i => TestData.Result.Replace("\"r1\"", "\"r" + i + "\"")));
        var bytes = Encoding.UTF8.GetBytes(TestData.Dataset(results: results));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var map = PositionMap.Build(bytes, 0, bytes.Length, 0);
        var context = new ReadContext(TestData.Path, map, cts.Token);

        var act = () => JsonTreeBuilder.Build(bytes, 0, bytes.Length, context);

        act.Should().Throw<OperationCanceledException>();
        context.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_cancelled_validation_throws_operation_cancelled()
    {
        var file = TestData.Read(TestData.Dataset());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => DatasetValidator.Validate(new[] { file }, cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_reader_never_throws_on_arbitrary_bytes()
    {
        var random = new Random(12345);
        var valid = Encoding.UTF8.GetBytes(TestData.Dataset());
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = 0; k < 1 + (i % 5); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cut = bytes.Take(random.Next(bytes.Length + 1)).ToArray();
            var act = () => DatasetValidator.Validate(new[] { DatasetFileReader.Read("f.dataset.json", cut, CancellationToken.None) }, CancellationToken.None);
            act.Should().NotThrow();
        }
    }
}
