using System.Reflection;
using System.Runtime.CompilerServices;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// The model and unit types are immutable: no public property can be set after construction, no public field can be
/// written, records are sealed (or abstract with no outside subclasses) and structs are readonly.
/// </summary>
public sealed class ImmutabilityTests
{
    /// <summary>Mutable by design: a struct enumerator has to advance.</summary>
    private static readonly Type[] MutableByDesign = [typeof(ValueArray<>.Enumerator)];

    public static TheoryData<string> PublicTypes => new(ModelTypes.All().Select(t => t.FullName!));

    [Fact]
    public void The_model_and_unit_namespaces_have_public_types()
    {
        // Guards the theories below against passing on an empty list.
        ModelTypes.All().Should().Contain([typeof(Compound), typeof(MolarConcentration), typeof(CasNumber), typeof(Relation)]);
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void No_public_property_has_a_public_setter_other_than_init(string typeName)
    {
        var type = TypeNamed(typeName);

        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !ModelTypes.IsInitOnly(setter))
            .Select(p => p.Name);

        settable.Should().BeEmpty($"{type.Name} must be immutable");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void No_public_field_can_be_written(string typeName)
    {
        var type = TypeNamed(typeName);
        if (type.IsEnum)
        {
            return;
        }

        var writable = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);

        writable.Should().BeEmpty($"{type.Name} must be immutable");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Records_are_sealed_or_abstract_and_structs_are_readonly(string typeName)
    {
        var type = TypeNamed(typeName);
        if (type.IsEnum || IsMutableByDesign(type))
        {
            return;
        }

        if (type.IsValueType)
        {
            type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false).Should().BeTrue($"struct {type.Name} must be readonly");
        }
        else if (ModelTypes.IsRecord(type))
        {
            (type.IsSealed || type.IsAbstract).Should().BeTrue($"record {type.Name} must be sealed");
        }
        else
        {
            (type.IsAbstract && type.IsSealed).Should().BeTrue($"{type.Name} is neither a record nor a struct, so it must be a static class");
        }
    }

    [Fact]
    public void The_only_abstract_record_is_ResultValue_and_it_cannot_be_subclassed_elsewhere()
    {
        var abstractRecords = ModelTypes.All().Where(t => t.IsClass && t.IsAbstract && !t.IsSealed).ToList();

        abstractRecords.Should().Equal(typeof(ResultValue));

        // A type outside the assembly cannot override an abstract member it cannot see, so it cannot derive.
        var hidden = typeof(ResultValue)
            .GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly));
        hidden.Should().NotBeEmpty("ResultValue needs a member that only this assembly can override");
    }

    [Fact]
    public void The_only_mutable_public_struct_is_the_value_array_enumerator()
    {
        var mutableStructs = ModelTypes.All()
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t);

        mutableStructs.Should().BeEquivalentTo(MutableByDesign);
    }

    [Fact]
    public void With_expressions_copy_and_leave_the_original_unchanged()
    {
        var original = Samples.Cianopramine();

        var renamed = original with { Name = "Cyanoimipramine" };

        original.Name.Should().Be("Cianopramine");
        renamed.Name.Should().Be("Cyanoimipramine");
        renamed.Synonyms.Should().Equal(original.Synonyms);
    }

    [Fact]
    public void Shared_none_instances_cannot_be_changed_through_with()
    {
        var changed = Conditions.None with { Text = "fasting" };

        Conditions.None.IsEmpty.Should().BeTrue();
        Conditions.None.Text.Should().BeNull();
        changed.IsEmpty.Should().BeFalse();
        CompoundIdentifiers.None.IsEmpty.Should().BeTrue();
    }

    private static bool IsMutableByDesign(Type type) =>
        MutableByDesign.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type);

    private static Type TypeNamed(string fullName) => typeof(Compound).Assembly.GetType(fullName, throwOnError: true)!;
}
