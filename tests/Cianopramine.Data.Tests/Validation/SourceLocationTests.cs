using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// A location read from a file works out its lines, columns and JSON path on first use. Its value must not depend on
/// when (or whether, or on which thread) that happens: the generator compares what it read to decide what to redo.
/// </summary>
public class SourceLocationTests
{
    private static SourceLocation Eager(SourceLocation l) =>
        new(l.FilePath, l.Start, l.Length, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn, l.JsonPath);

    [Fact]
    public void Two_reads_of_one_text_are_equal_before_any_location_is_resolved()
    {
        var json = TestData.Dataset();

        var a = TestData.Read(json);
        var b = TestData.Read(json);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void A_read_of_the_text_moved_down_a_line_is_not_equal()
    {
        var json = TestData.Dataset();

        TestData.Read(json).Should().NotBe(TestData.Read("\n" + json));
        TestData.Read(json).Should().NotBe(TestData.Read(json, "other.dataset.json"));
    }

    [Fact]
    public void A_location_read_from_a_file_has_its_path_and_position_and_equals_its_resolved_copy()
    {
        var json = TestData.Dataset();
        var compound = TestData.Read(json).Sections.Results[0].Compound;
        var location = compound.Location;

        location.JsonPath.Should().Be("$.results[0].compound");
        var property = json.IndexOf("\"compound\"", json.IndexOf("\"results\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var at = json.IndexOf("\"" + compound.Value + "\"", property + 10, StringComparison.Ordinal);
        location.Start.Should().Be(at);
        location.Length.Should().Be(compound.Value.Length + 2);
        var lineStart = json.LastIndexOf('\n', at) + 1;
        location.StartLine.Should().Be(json.Take(at).Count(c => c == '\n'));
        location.StartColumn.Should().Be(at - lineStart);

        var copy = Eager(location);
        copy.Should().Be(location);
        location.Should().Be(copy);
        copy.GetHashCode().Should().Be(location.GetHashCode());
        copy.ToString().Should().Be(location.ToString());
        location.Detached().Should().Be(location);
    }

    [Fact]
    public void Equality_and_the_hash_code_do_not_depend_on_which_location_was_resolved_first()
    {
        var json = TestData.Dataset();
        var first = TestData.Read(json).Sections.Results[0].Compound.Location;
        var second = TestData.Read(json).Sections.Results[0].Compound.Location;

        var hash = first.GetHashCode(); // resolves the first only
        second.Should().Be(first);
        second.GetHashCode().Should().Be(hash);
    }

    [Fact]
    public void With_and_FirstCharacter_start_from_the_resolved_values()
    {
        var json = TestData.Dataset();
        var location = TestData.Read(json).Sections.Results[0].Location;

        var moved = location with { JsonPath = "$.elsewhere" };
        moved.JsonPath.Should().Be("$.elsewhere");
        moved.Start.Should().Be(location.Start);
        moved.EndLine.Should().Be(location.EndLine);
        moved.Should().NotBe(location);

        var first = TestData.Read(json).Sections.Results[0].Location.FirstCharacter();
        first.Should().Be(new SourceLocation(location.FilePath, location.Start, 1, location.StartLine, location.StartColumn, location.StartLine, location.StartColumn + 1, "$.results[0]"));
    }

    [Fact]
    public void Locations_resolved_on_many_threads_at_once_equal_those_resolved_on_one()
    {
        var json = TestData.Dataset();
        var expected = Locations(TestData.Read(json)).Select(Eager).ToArray();

        for (var round = 0; round < 5; round++)
        {
            var locations = Locations(TestData.Read(json)).ToArray();
            var copies = new SourceLocation[locations.Length];
            Parallel.For(0, locations.Length * 3, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                var l = locations[i % locations.Length];
                copies[i % locations.Length] = Eager(l);
            });
            copies.Should().Equal(expected);
        }
    }

    [Fact]
    public void The_first_character_of_a_lazy_location_is_that_of_its_resolved_copy()
    {
        var json = "\uFEFF" + TestData.Dataset().Replace("\"r1\"", "\"r\u00e9\"").Replace("\"cmpA\", \"name\"", "\"cmpA\",\r\n \"name\"");
        var expected = Locations(TestData.Read(json)).Select(l => Eager(l).FirstCharacter()).ToArray();

        var firsts = Locations(TestData.Read(json)).Select(l => l.FirstCharacter()).ToArray();

        firsts.Should().Equal(expected);
        firsts.Should().OnlyContain(l => l.Length <= 1 && l.EndLine == l.StartLine);
    }

    private static IEnumerable<SourceLocation> Locations(DatasetFileResult file)
    {
        foreach (var r in file.Sections.Results)
        {
            yield return r.Location;
            yield return r.Id.Location;
            yield return r.Compound.Location;
            yield return r.Target.Location;
            foreach (var reference in r.References)
            {
                yield return reference.Location;
            }
        }

        foreach (var c in file.Sections.Compounds)
        {
            yield return c.Location;
            yield return c.Id.Location;
        }
    }

    [Fact]
    public void Every_value_of_a_location_takes_part_in_equality_and_can_be_changed_with_with()
    {
        var l = new SourceLocation("a.json", 10, 4, 2, 3, 2, 7, "$.x");
        var variants = new[]
        {
            l with { FilePath = "b.json" },
            l with { Start = 11 },
            l with { Length = 5 },
            l with { StartLine = 1 },
            l with { StartColumn = 4 },
            l with { EndLine = 3 },
            l with { EndColumn = 8 },
            l with { JsonPath = "$.y" },
        };

        variants.Should().OnlyContain(v => !v.Equals(l) && !l.Equals(v));
        variants.Select(v => v.GetHashCode()).Should().NotContain(l.GetHashCode());
        variants.Select(v => (v.FilePath, v.Start, v.Length, v.StartLine, v.StartColumn, v.EndLine, v.EndColumn, v.JsonPath)).Should().Equal(
            ("b.json", 10, 4, 2, 3, 2, 7, "$.x"),
            ("a.json", 11, 4, 2, 3, 2, 7, "$.x"),
            ("a.json", 10, 5, 2, 3, 2, 7, "$.x"),
            ("a.json", 10, 4, 1, 3, 2, 7, "$.x"),
            ("a.json", 10, 4, 2, 4, 2, 7, "$.x"),
            ("a.json", 10, 4, 2, 3, 3, 7, "$.x"),
            ("a.json", 10, 4, 2, 3, 2, 8, "$.x"),
            ("a.json", 10, 4, 2, 3, 2, 7, "$.y"));
        new SourceLocation("a.json", 10, 4, 2, 3, 2, 7, "$.x").Equals((SourceLocation?)null).Should().BeFalse();
        l.Equals(variants[0] with { FilePath = "a.json" }).Should().BeTrue();
        l.Should().Be(new SourceLocation("a.json", 10, 4, 2, 3, 2, 7, "$.x"));
    }

    [Fact]
    public void Display_positions_are_one_based_and_print_as_compilers_print_them()
    {
        var l = new SourceLocation("data/x.dataset.json", 10, 4, 2, 3, 5, 7, "$.x");

        (l.DisplayLine, l.DisplayColumn, l.DisplayEndLine, l.DisplayEndColumn).Should().Be((3, 4, 6, 8));
        l.ToString().Should().Be("data/x.dataset.json(3,4)");
    }

    [Fact]
    public void The_start_of_a_file_and_a_place_in_memory_have_their_own_positions()
    {
        var start = SourceLocation.StartOfFile("f.json");
        (start.FilePath, start.Start, start.Length, start.StartLine, start.StartColumn, start.EndLine, start.EndColumn, start.JsonPath)
            .Should().Be(("f.json", 0, 0, 0, 0, 0, 0, "$"));
        start.ToString().Should().Be("f.json(1,1)");

        var memory = SourceLocation.InMemory("merge of 'a' and 'b'", "$.results[2]");
        (memory.FilePath, memory.Start, memory.Length, memory.StartLine, memory.StartColumn, memory.EndLine, memory.EndColumn, memory.JsonPath)
            .Should().Be(("merge of 'a' and 'b'", 0, 0, -1, -1, -1, -1, "$.results[2]"));
        (memory.DisplayLine, memory.DisplayColumn).Should().Be((0, 0), "a place without text shows 0, not a position");
    }

    [Fact]
    public void The_first_character_of_a_short_location_is_itself()
    {
        var empty = new SourceLocation("a.json", 10, 0, 2, 3, 2, 3, "$.x");
        var one = new SourceLocation("a.json", 10, 1, 2, 3, 2, 4, "$.x");
        var two = new SourceLocation("a.json", 10, 2, 2, 3, 2, 5, "$.x");

        empty.FirstCharacter().Should().BeSameAs(empty);
        one.FirstCharacter().Should().BeSameAs(one);
        two.FirstCharacter().Should().Be(one);

        // Lazy: an item's object spans many bytes, its first character is the opening brace.
        var result = TestData.Read(TestData.Dataset()).Sections.Results[0];
        var brace = result.Location.FirstCharacter();
        (brace.Length, brace.JsonPath, brace.EndLine).Should().Be((1, "$.results[0]", result.Location.StartLine));
        brace.Start.Should().Be(result.Location.Start);
        brace.FirstCharacter().Should().BeSameAs(brace);
    }

    [Fact]
    public void A_detached_location_equals_the_lazy_one_and_a_resolved_one_is_its_own_detached_copy()
    {
        var resolved = new SourceLocation("a.json", 10, 4, 2, 3, 2, 7, "$.x");
        resolved.Detached().Should().BeSameAs(resolved);

        var lazy = TestData.Read(TestData.Dataset()).Sections.Results[0].Location;
        var detached = lazy.Detached();
        detached.Should().NotBeSameAs(lazy);
        detached.Should().Be(lazy);
        detached.Detached().Should().BeSameAs(detached);
        detached.FirstCharacter().Should().Be(lazy.FirstCharacter());
    }
}
