using System.Reflection;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, point 8: in 1.0.0, <c>new Dataset(...)</c> accepted a dangling compound or an invalid id, and the
/// dataset's own export then failed to load. A dataset (and every model object in it) now comes only from a path that
/// validates with the one rule set: the generator, the loader, a merge. These tests fail if a way around them appears.
/// </summary>
public sealed class ApiSurfaceTests
{
    [Fact]
    public void A_dataset_cannot_be_constructed_from_outside_the_library()
    {
        typeof(Dataset).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly)
            .Should().BeEmpty("every dataset must pass the validation the generator and the loader share");
        typeof(Dataset).IsSealed.Should().BeTrue();
    }

    [Fact]
    public void No_model_object_can_be_constructed_or_derived_from_outside_the_library()
    {
        var model = ApiSamples.Library.GetExportedTypes()
            .Where(t => t.Namespace == "Cianopramine.Data.Model" && t.IsClass && !t.IsAbstract)
            .ToList();

        model.Should().Contain(typeof(Compound)).And.Contain(typeof(AssayResult));
        foreach (var type in model)
        {
            type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(c => c.IsPublic || ((c.IsFamily || c.IsFamilyOrAssembly) && !type.IsSealed))
                .Select(c => type.Name + "(" + string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name)) + ")")
                .Should().BeEmpty();
        }
    }

    [Fact]
    public void Every_dataset_a_caller_can_get_exports_to_a_file_that_loads_back_equal()
    {
        var embedded = CianopramineDataset.Instance;
        var loaded = Dataset.FromJson(embedded.ToJson());
        var merged = Dataset.Merge(embedded, loaded);

        foreach (var dataset in new[] { embedded, loaded, merged })
        {
            Dataset.FromJson(dataset.ToJson()).Should().Be(dataset);
        }
    }
}
