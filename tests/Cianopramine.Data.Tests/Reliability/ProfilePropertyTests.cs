using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// <see cref="Dataset.Profile(Compound)"/> is built from indexes (its cost follows the compound's own data, not the
/// dataset's size); on random datasets it must hold exactly what a scan of the whole dataset, written from the
/// documentation, finds: the targets the compound's results or others' comparisons with it name, in dataset order, with
/// those results, the gaps naming both, the class-level mechanisms, and the references cited, in dataset order.
/// </summary>
public sealed class ProfilePropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_profile_holds_what_a_scan_of_the_whole_dataset_finds(int seed)
    {
        var shape = new DatasetShape(4, 5, 4, 3, 30, 4, 4, 4);
        var data = RandomDatasets.Build(shape, seed);

        foreach (var compound in data.Compounds)
        {
            var profile = data.Profile(compound);
            var expected = Scan(data, compound);

            profile.Targets.Select(t => t.Target.Id).Should().Equal(expected.Targets.Select(t => t.Target.Id), "seed {0}, {1}", seed, compound.Id);
            foreach (var (target, results, others, gaps) in expected.Targets)
            {
                var actual = profile.At(target)!;
                actual.Results.Should().Equal(results, "seed {0}, {1} at {2}", seed, compound.Id, target.Id);
                actual.ComparedByOthers.Should().Equal(others, "seed {0}, {1} at {2}", seed, compound.Id, target.Id);
                actual.StatedGaps.Should().Equal(gaps, "seed {0}, {1} at {2}", seed, compound.Id, target.Id);
                data.StatedGapsFor(compound, target).Should().Equal(gaps);
            }

            profile.ClassLevelMechanisms.Should().Equal(expected.ClassLevel);
            profile.Mechanisms.Should().Equal(data.Mechanisms.Where(m => m.Compound?.Id == compound.Id));
            profile.References.Select(r => r.Id).Should().Equal(expected.References, "seed {0}, {1}", seed, compound.Id);
        }
    }

    private static (List<(Target Target, AssayResult[] Results, AssayResult[] Others, DataGap[] Gaps)> Targets, MechanismStatement[] ClassLevel, string[] References) Scan(
        Dataset data, Compound compound)
    {
        var targets = new List<(Target, AssayResult[], AssayResult[], DataGap[])>();
        foreach (var target in data.Targets)
        {
            var results = data.AllResults.Where(r => r.Compound.Id == compound.Id && r.Target.Id == target.Id).ToArray();
            var others = data.AllResults.Where(r => r.Value is ComparativeValue c && c.ComparedTo.Id == compound.Id
                                                    && r.Compound.Id != compound.Id && r.Target.Id == target.Id).ToArray();
            var gaps = data.Gaps.Where(g => g.Compounds.Any(c => c.Id == compound.Id) && g.Targets.Any(t => t.Id == target.Id)).ToArray();
            if (results.Length > 0 || others.Length > 0)
            {
                targets.Add((target, results, others, gaps));
            }
        }

        var classLevel = data.Mechanisms.Where(m => m.IsClassLevel).ToArray();
        var cited = targets.SelectMany(t => t.Item2.Concat(t.Item3).SelectMany(r => r.References).Concat(t.Item4.SelectMany(g => g.References)))
            .Concat(data.Metabolism.ParentsOf(compound).SelectMany(s => s.References))
            .Concat(data.Metabolism.MetabolitesOf(compound).SelectMany(s => s.References))
            .Concat(data.Mechanisms.Where(m => m.Compound?.Id == compound.Id).SelectMany(m => m.References))
            .Concat(classLevel.SelectMany(m => m.References))
            .Select(r => r.Id)
            .ToHashSet();
        return (targets, classLevel, data.References.Where(r => cited.Contains(r.Id)).Select(r => r.Id).ToArray());
    }
}
