using System;
using System.Collections.Generic;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Model;
using Cianopramine.Data.DataFiles;
using Microsoft.CodeAnalysis.CSharp;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>
/// The C#-specific checks of a generated type's namespace and name that the shared rules cannot make: keywords, the
/// project's <c>RootNamespace</c>, and two datasets that would generate the same type (or the same file, whose hint
/// names Roslyn compares ignoring case). Each problem is a CPD0031 diagnostic instead of code that does not compile
/// or an exception from <c>AddSource</c>.
/// </summary>
internal sealed class GeneratedNames
{
    /// <summary>Checks the names of every valid dataset of the project, in order.</summary>
    /// <param name="manifests">The manifests of the datasets without errors.</param>
    /// <param name="rootNamespace">The project's root namespace, or <see langword="null"/>.</param>
    /// <returns>The ids of the datasets that may be emitted, and a diagnostic for each that may not.</returns>
    public static NameCheck Check(ValueArray<DatasetManifestSpec> manifests, string? rootNamespace) =>
        Check(manifests, ValueArray<DatasetManifestSpec>.FromOwnedArray(Array.Empty<DatasetManifestSpec>()), rootNamespace);

    /// <summary>
    /// Checks the names of every valid dataset of the project, in order, then claims the names of the datasets with
    /// errors that can still have a placeholder (a valid name no valid dataset uses). A dataset with errors gets no
    /// name diagnostic of its own: its data's errors are reported, and its type is generated once they are fixed.
    /// </summary>
    /// <param name="manifests">The manifests of the datasets without errors.</param>
    /// <param name="broken">The manifests of the datasets with errors.</param>
    /// <param name="rootNamespace">The project's root namespace, or <see langword="null"/>.</param>
    /// <returns>The ids of the datasets that may be emitted or have a placeholder, and a diagnostic for each valid one that may not.</returns>
    public static NameCheck Check(ValueArray<DatasetManifestSpec> manifests, ValueArray<DatasetManifestSpec> broken, string? rootNamespace)
    {
        var names = new GeneratedNames();
        var accepted = new List<string>();
        var problems = new List<DatasetDiagnostic>();
        foreach (var manifest in manifests)
        {
            if (names.Claim(manifest, rootNamespace) is { } problem)
            {
                problems.Add(problem);
            }
            else
            {
                accepted.Add(manifest.Id.Value);
            }
        }

        var placeholders = new List<string>();
        foreach (var manifest in broken)
        {
            if (names.Claim(manifest, rootNamespace) is null)
            {
                placeholders.Add(manifest.Id.Value);
            }
        }

        return new NameCheck(
            ValueArray<string>.FromOwnedArray(accepted.ToArray()),
            ValueArray<DatasetDiagnostic>.FromOwnedArray(problems.ToArray()),
            ValueArray<string>.FromOwnedArray(placeholders.ToArray()));
    }

    // Contextual keywords that may not name a type: 'file', 'required' and 'scoped' are errors, 'record' a warning (CS8860).
    private static readonly HashSet<string> ReservedTypeNames = new(StringComparer.Ordinal) { "record", "file", "required", "scoped" };

    private readonly Dictionary<string, DatasetManifestSpec> _byHintName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks one dataset's names and claims its hint name.</summary>
    /// <returns>The problem, or <see langword="null"/> when the dataset can be emitted.</returns>
    public DatasetDiagnostic? Claim(DatasetManifestSpec manifest, string? rootNamespace)
    {
        var ns = DatasetEmitter.NamespaceOf(manifest, rootNamespace);
        var typeName = DatasetEmitter.TypeNameOf(manifest);
        if (!IsValidNamespace(ns))
        {
            var where = manifest.Namespace is { } written ? written.Location : manifest.Id.Location;
            var what = manifest.Namespace is null ? "namespace (the project's RootNamespace)" : "namespace";
            return DatasetDiagnostic.Create(DiagnosticCatalogue.InvalidGeneratedName, where, ns, what);
        }

        var typeLocation = manifest.TypeName?.Location ?? manifest.Id.Location;
        if (!IsValidIdentifier(typeName) || ReservedTypeNames.Contains(typeName))
        {
            return DatasetDiagnostic.Create(DiagnosticCatalogue.InvalidGeneratedName, typeLocation, typeName, "type name");
        }

        var hintName = ns + "." + typeName + ".g.cs";
        if (_byHintName.TryGetValue(hintName, out var first))
        {
            return DatasetDiagnostic.Create(
                DiagnosticCatalogue.InvalidGeneratedName,
                typeLocation,
                ns + "." + typeName,
                "type name here: dataset '" + first.Id.Value + "' (" + first.Id.Location +
                ") already generates a type of that name (compared ignoring case)");
        }

        _byHintName.Add(hintName, manifest);
        return null;
    }

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
}

/// <summary>Which datasets may be emitted, and why the others may not. Equatable.</summary>
/// <param name="AcceptedIds">The ids of the datasets whose names are valid and unique.</param>
/// <param name="Diagnostics">A CPD0031 for each other dataset.</param>
/// <param name="PlaceholderIds">The ids of the datasets with errors whose placeholder type can be generated.</param>
internal sealed record NameCheck(ValueArray<string> AcceptedIds, ValueArray<DatasetDiagnostic> Diagnostics, ValueArray<string> PlaceholderIds);
