using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Cianopramine.Data.Generator;

/// <summary>
/// The item rules whose errors the user accepts: the rules a project lowers below error in the standard Roslyn way
/// (<c>dotnet_diagnostic.CPD0021.severity = warning</c> in a <c>.globalconfig</c>, <c>&lt;NoWarn&gt;</c>). Roslyn itself
/// applies those settings to the diagnostics the generator reports; this tells the generator the outcome, so that the
/// items with such errors are left out (<see cref="InvalidItems"/>) and the rest of the dataset is generated.
/// </summary>
/// <remarks>
/// The severity is asked of Roslyn, not worked out here: one probe diagnostic per rule, without a location (as the
/// data files' diagnostics have no syntax tree), through <see cref="CompilationWithAnalyzers.GetEffectiveDiagnostics(ImmutableArray{Diagnostic}, Compilation)"/>,
/// which applies the compilation's options as the compiler does. The probes run only when an option names a
/// CPD rule, so an ordinary edit costs a dictionary lookup per rule.
/// </remarks>
internal static class AcceptedRules
{
    /// <summary>The ids of the item rules whose effective severity in <paramref name="compilation"/> is below error, sorted.</summary>
    public static ValueArray<string> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        var provider = options.SyntaxTreeOptionsProvider;
        var probes = new List<Diagnostic>();
        foreach (var rule in InvalidItems.ItemErrorRules())
        {
            if (options.SpecificDiagnosticOptions.ContainsKey(rule.Id) ||
                (provider is not null && provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out _)))
            {
                probes.Add(Diagnostic.Create(Diagnostics.All[rule.Id], Location.None));
            }
        }

        if (probes.Count == 0)
        {
            return ValueArray<string>.Empty;
        }

        var stillErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var effective in CompilationWithAnalyzers.GetEffectiveDiagnostics(probes.ToImmutableArray(), compilation))
        {
            if (effective.Severity == DiagnosticSeverity.Error)
            {
                stillErrors.Add(effective.Id);
            }
        }

        var accepted = new List<string>();
        foreach (var probe in probes)
        {
            if (!stillErrors.Contains(probe.Id))
            {
                accepted.Add(probe.Id);
            }
        }

        accepted.Sort(StringComparer.Ordinal);
        return ValueArray<string>.FromOwnedArray(accepted.ToArray());
    }

    /// <summary>Whether <paramref name="id"/> is among <paramref name="accepted"/>.</summary>
    public static bool Contains(ValueArray<string> accepted, string id)
    {
        foreach (var a in accepted)
        {
            if (string.Equals(a, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
