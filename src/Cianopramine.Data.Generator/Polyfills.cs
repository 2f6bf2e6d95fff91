// Language-feature polyfills for netstandard2.0: the compiler needs these types by name to compile records with
// init-only and required members, and nullable flow attributes, which the shared Validation files use. They are
// internal to the generator assembly and guarded so that they never clash with the real types on newer targets.
// Each is marked [Embedded]: the compiler then hides it from other assemblies even through InternalsVisibleTo, so
// the generator's test project (net10.0) sees only the real types and no CS0433 ambiguity arises.

namespace Microsoft.CodeAnalysis
{
    /// <summary>Marks a type that other compilations must not see (recognised by the C# compiler by name).</summary>
    [Embedded]
    [System.AttributeUsage(System.AttributeTargets.All, Inherited = false)]
    internal sealed class EmbeddedAttribute : System.Attribute
    {
    }
}

#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks init-only setters (needed by records and <c>init</c>).</summary>
    [Microsoft.CodeAnalysis.Embedded]
    internal static class IsExternalInit
    {
    }
}
#endif

#if !NET7_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks a type that has <c>required</c> members.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute
    {
    }

    /// <summary>Names a compiler feature that a consumer must understand.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute : Attribute
    {
        public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

        public string FeatureName { get; }

        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>Marks a constructor that sets all required members.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
#endif

#if !NETCOREAPP3_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>The parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }

    /// <summary>The parameter may be null when the method returns <see cref="ReturnValue"/>.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class MaybeNullWhenAttribute : Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
#endif
