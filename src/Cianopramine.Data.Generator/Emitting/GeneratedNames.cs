using System;
using System.Collections.Generic;
using Cianopramine.Data.Validation;
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
    // Contextual keywords that may not name a type: 'file', 'required' and 'scoped' are errors, 'record' a warning (CS8860).
    private static readonly HashSet<string> ReservedTypeNames = new(StringComparer.Ordinal) { "record", "file", "required", "scoped" };

    private readonly Dictionary<string, DatasetSpec> _byHintName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks one dataset's names and claims its hint name.</summary>
    /// <returns>The problem, or <see langword="null"/> when the dataset can be emitted.</returns>
    public DatasetDiagnostic? Claim(DatasetSpec dataset, string? rootNamespace)
    {
        var manifest = dataset.Manifest;
        var ns = DatasetEmitter.NamespaceOf(dataset, rootNamespace);
        var typeName = DatasetEmitter.TypeNameOf(dataset);
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

        var hintName = DatasetEmitter.HintNameOf(dataset, rootNamespace);
        if (_byHintName.TryGetValue(hintName, out var first))
        {
            return DatasetDiagnostic.Create(
                DiagnosticCatalogue.InvalidGeneratedName,
                typeLocation,
                ns + "." + typeName,
                "type name here: dataset '" + first.Manifest.Id.Value + "' (" + first.Manifest.Id.Location +
                ") already generates a type of that name (compared ignoring case)");
        }

        _byHintName.Add(hintName, dataset);
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
