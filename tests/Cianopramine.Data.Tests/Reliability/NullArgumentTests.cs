using System.Reflection;
using System.Xml.Linq;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, point 8: every reference-type parameter of the public API either accepts <see langword="null"/>, as its
/// nullable annotation says, or throws <see cref="ArgumentNullException"/> naming that parameter. Checked by reflection
/// over every public constructor, method and property setter of the core package (<see cref="ApiSamples"/>), called
/// with valid values for the other parameters (taken from the embedded dataset) and null for the one checked. Before
/// the fix, <c>Pmid.Parse(null)</c> threw <see cref="FormatException"/>, <c>PathwayFrom((Compound)null)</c> named
/// <c>start</c>, <c>new NotFoundException(k, q, null)</c> threw <see cref="NullReferenceException"/>.
/// </summary>
public sealed class NullArgumentTests : IDisposable
{
    /// <summary>Calls with a sample path write a file; leave nothing behind.</summary>
    public void Dispose() => File.Delete(ApiSamples.OutputPath);

    [Fact]
    public void Every_non_nullable_parameter_of_the_public_api_rejects_null_with_its_own_name()
    {
        var (violations, checkedCount) = Check(ApiSamples.PublicTypes(), nullable: false);

        checkedCount.Should().BeGreaterThan(100, "the check must reach the API (it found the members it checks)");
        violations.Should().BeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Every_nullable_parameter_of_the_public_api_accepts_null()
    {
        var (violations, checkedCount) = Check(ApiSamples.PublicTypes(), nullable: true);

        checkedCount.Should().BeGreaterThan(50);
        violations.Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_a_missing_null_check_a_wrong_name_and_a_null_annotation_that_is_not_kept()
    {
        var (notNull, _) = Check(new[] { typeof(Broken) }, nullable: false);
        var (nullable, _) = Check(new[] { typeof(Broken) }, nullable: true);

        notNull.Should().HaveCount(2);
        notNull.Should().Contain(v => v.Contains("NoCheck", StringComparison.Ordinal) && v.Contains("FormatException", StringComparison.Ordinal));
        notNull.Should().Contain(v => v.Contains("WrongName", StringComparison.Ordinal) && v.Contains("'start'", StringComparison.Ordinal));
        nullable.Should().ContainSingle().Which.Should().Contain("Annotated");
    }

    /// <summary>
    /// The exceptions a member throws for null are part of its contract, so they are documented on it: every public
    /// member that the first test sees reject null has an <c>&lt;exception cref="ArgumentNullException"&gt;</c> in the
    /// XML docs the package ships (read from the build's documentation file).
    /// </summary>
    [Fact]
    public void Every_member_that_rejects_null_documents_its_argument_null_exception()
    {
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Cianopramine.Data.xml"));
        var documented = docs.Descendants("member")
            .Where(m => m.Elements("exception").Any(e => (string?)e.Attribute("cref") is "T:System.ArgumentNullException" or "T:System.ArgumentException"))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var members = Rejecting(ApiSamples.PublicTypes());

        members.Should().HaveCountGreaterThan(80);
        var undocumented = members.Select(DocumentationIds.Of).Where(id => !documented.Contains(id)).ToList();
        undocumented.Should().BeEmpty(string.Join(Environment.NewLine, undocumented));
    }

    /// <summary>The members that throw <see cref="ArgumentNullException"/> for a null argument (what the first test checks).</summary>
    private static List<MethodBase> Rejecting(IEnumerable<Type> types)
    {
        var context = new NullabilityInfoContext();
        var members = new List<MethodBase>();
        foreach (var type in types)
        {
            foreach (var member in Members(type))
            {
                if (member is MethodInfo { IsSpecialName: true } || member.IsVirtual && member.DeclaringType != member.ReflectedType)
                {
                    continue;
                }

                if (member.GetParameters().Any(p => !p.ParameterType.IsValueType && !p.ParameterType.IsByRef && context.Create(p).WriteState != NullabilityState.Nullable))
                {
                    members.Add(member);
                }
            }
        }

        return members;
    }

    /// <summary>Calls every public member with null for one reference-type parameter at a time.</summary>
    /// <param name="types">The types to check.</param>
    /// <param name="nullable">Check the parameters annotated nullable (must not throw ArgumentNullException or NullReferenceException) instead of the others.</param>
    private static (List<string> Violations, int Checked) Check(IEnumerable<Type> types, bool nullable)
    {
        var context = new NullabilityInfoContext();
        var violations = new List<string>();
        var count = 0;
        foreach (var type in types)
        {
            foreach (var member in Members(type))
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || parameter.IsOut || parameter.ParameterType.IsByRef)
                    {
                        continue;
                    }

                    var state = context.Create(parameter).WriteState;
                    if ((state == NullabilityState.Nullable) != nullable)
                    {
                        continue;
                    }

                    var arguments = new object?[parameters.Length];
                    var missing = false;
                    for (var j = 0; j < parameters.Length; j++)
                    {
                        if (j == i)
                        {
                            continue;
                        }

                        arguments[j] = ApiSamples.ValueOf(parameters[j].ParameterType, parameters[j].Name!);
                        missing |= arguments[j] is null && !parameters[j].ParameterType.IsByRef;
                    }

                    var target = member.IsStatic || member is ConstructorInfo ? null : ApiSamples.InstanceOf(type);
                    if (missing || (target is null && !member.IsStatic && member is not ConstructorInfo))
                    {
                        violations.Add($"{Describe(type, member)}: no sample value to call it with (add one to ApiSamples)");
                        continue;
                    }

                    count++;
                    var thrown = Invoke(member, target, arguments);
                    var name = parameter.Name;
                    if (member is MethodInfo { IsSpecialName: true } setter && setter.Name.StartsWith("set_", StringComparison.Ordinal))
                    {
                        name = "value";
                    }

                    if (!nullable && (thrown is not ArgumentNullException ane || ane.ParamName != name))
                    {
                        violations.Add($"{Describe(type, member)}, {parameter.Name} = null: {(thrown is null ? "no exception" : thrown.GetType().Name + (thrown is ArgumentException ae ? " for '" + ae.ParamName + "'" : string.Empty) + ": " + thrown.Message)}");
                    }
                    else if (nullable && thrown is ArgumentNullException or NullReferenceException)
                    {
                        violations.Add($"{Describe(type, member)}, {parameter.Name} = null (annotated nullable): {thrown.GetType().Name}: {thrown.Message}");
                    }
                }
            }
        }

        return (violations, count);
    }

    private static IEnumerable<MethodBase> Members(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (!type.IsAbstract || type.IsSealed)
        {
            foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
            {
                yield return constructor;
            }
        }

        foreach (var method in type.GetMethods(Flags))
        {
            // Compiler-written members of records (<Clone>$, Equals(BaseRecord?)) and operators take what the language
            // passes them, and Equals(object) keeps object.Equals's contract: false for null.
            if (method.Name.Contains('<', StringComparison.Ordinal) || method.Name.StartsWith("op_", StringComparison.Ordinal) || method.IsGenericMethodDefinition
                || (method.Name == nameof(Equals) && method.GetParameters().Length == 1))
            {
                continue;
            }

            yield return method;
        }
    }

    private static Exception? Invoke(MethodBase member, object? target, object?[] arguments)
    {
        try
        {
            if (member is ConstructorInfo constructor)
            {
                constructor.Invoke(arguments);
            }
            else
            {
                var result = member.Invoke(target, arguments);
                if (result is System.Collections.IEnumerable sequence and not string)
                {
                    // Deferred work (an iterator) runs when enumerated: a null check must not wait for that.
                    sequence.GetEnumerator().MoveNext();
                }
            }

            return null;
        }
        catch (TargetInvocationException ex)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static string Describe(Type type, MethodBase member) =>
        $"{type.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>The mistakes the check is there to find.</summary>
    private static class Broken
    {
        public static int NoCheck(string text) => int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException("not a number");

        public static int WrongName(string compound)
        {
            ArgumentNullException.ThrowIfNull(compound, "start");
            return compound.Length;
        }

        public static int Annotated(string? text) => text!.Length;

        public static int Right(string text, string? optional)
        {
            ArgumentNullException.ThrowIfNull(text);
            return text.Length + (optional?.Length ?? 0);
        }
    }
}
