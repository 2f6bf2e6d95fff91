using System;
using System.Collections.Generic;
using System.Globalization;

namespace Cianopramine.Data.DataFiles;

/// <summary>How serious a dataset diagnostic is.</summary>
internal enum DatasetDiagnosticSeverity
{
    /// <summary>The dataset is not usable: the generator emits a placeholder whose members throw, and the loader throws.</summary>
    Error,

    /// <summary>Suspicious but usable data.</summary>
    Warning,
}

/// <summary>One entry of the diagnostic catalogue: an id that is never reused, a title and a message format.</summary>
/// <param name="Id">The id, e.g. <c>CPD0001</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format with <c>{0}</c>-style placeholders, formatted invariantly.</param>
/// <param name="Severity">The default severity.</param>
internal sealed record DiagnosticDescriptorInfo(string Id, string Title, string MessageFormat, DatasetDiagnosticSeverity Severity)
{
    /// <summary>The category every dataset diagnostic belongs to.</summary>
    public const string Category = "Cianopramine.Data";

    /// <summary>The documentation page of this diagnostic.</summary>
    public string HelpLink =>
        "https://github.com/cianopramine-data/Cianopramine.Data/blob/main/docs/diagnostics.md#cpd" + Id.Substring(3);

    /// <summary>Formats the message with the invariant culture.</summary>
    /// <param name="args">The placeholder values.</param>
    /// <returns>The message.</returns>
    public string Format(params object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}

/// <summary>
/// The one catalogue of dataset diagnostics, shared by the source generator (as compiler diagnostics) and the runtime
/// loader. Ids are never reused: a retired diagnostic keeps its number.
/// </summary>
internal static class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptorInfo MalformedJson = Error(
        "CPD0001", "Malformed JSON", "The file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptorInfo MissingProperty = Error(
        "CPD0002", "Missing required property", "Required property '{0}' is missing from {1}");

    public static readonly DiagnosticDescriptorInfo WrongType = Error(
        "CPD0003", "Wrong JSON type", "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptorInfo UnknownProperty = Error(
        "CPD0004", "Unknown property", "Unknown property '{0}' in {1}");

    public static readonly DiagnosticDescriptorInfo UnknownEnumValue = Error(
        "CPD0005", "Unknown enumeration value", "'{0}' is not a valid {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptorInfo UnknownUnit = Error(
        "CPD0006", "Unknown unit", "'{0}' is not a known unit; expected one of: {1}");

    public static readonly DiagnosticDescriptorInfo DuplicateId = Error(
        "CPD0007", "Duplicate id", "Duplicate {0} id '{1}'; it is first defined at {2}({3},{4})");

    public static readonly DiagnosticDescriptorInfo DanglingReference = Error(
        "CPD0008", "Reference to an unknown id", "{0} '{1}' refers to unknown {2} '{3}'");

    public static readonly DiagnosticDescriptorInfo NonPositiveMagnitude = Error(
        "CPD0009", "Magnitude must be positive", "{0} must be greater than zero, but is {1}");

    public static readonly DiagnosticDescriptorInfo NumberOutOfRange = Error(
        "CPD0010", "Number not finite or out of range", "The number {0} is not finite or does not fit {1}");

    public static readonly DiagnosticDescriptorInfo InvalidInChIKey = Error(
        "CPD0011", "Invalid InChIKey", "'{0}' is not a valid InChIKey (14 uppercase letters, '-', 10 uppercase letters, '-', 1 uppercase letter)");

    public static readonly DiagnosticDescriptorInfo InvalidCas = Error(
        "CPD0012", "Invalid CAS Registry Number", "'{0}' is not a valid CAS Registry Number: {1}");

    public static readonly DiagnosticDescriptorInfo InvalidPmid = Error(
        "CPD0013", "Invalid PMID", "'{0}' is not a valid PubMed id (1 to 9 digits, no leading zero)");

    public static readonly DiagnosticDescriptorInfo InvalidDoi = Error(
        "CPD0014", "Invalid DOI", "'{0}' is not a valid DOI (10.<registrant>/<suffix>)");

    public static readonly DiagnosticDescriptorInfo InvalidUniProt = Error(
        "CPD0015", "Invalid UniProt accession", "'{0}' is not a valid UniProt accession");

    public static readonly DiagnosticDescriptorInfo RelationNotAllowed = Error(
        "CPD0016", "Relation not allowed", "Relation '{0}' is not allowed here: {1}");

    public static readonly DiagnosticDescriptorInfo UnitMismatch = Error(
        "CPD0017", "Unit does not fit the parameter", "Unit '{0}' does not fit {1}; expected {2}");

    public static readonly DiagnosticDescriptorInfo InvalidId = Error(
        "CPD0018", "Invalid id", "'{0}' is not a valid id (1 to 64 letters, digits, '-', '_' or '.')");

    public static readonly DiagnosticDescriptorInfo InvalidIdentifier = Error(
        "CPD0019", "Invalid identifier", "'{0}' is not a valid {1}");

    public static readonly DiagnosticDescriptorInfo FormulaMassMismatch = Error(
        "CPD0020", "Formula and mass disagree", "The formula {0} gives an average mass of {1} g/mol, but averageMass is {2} g/mol (allowed difference 0.05 g/mol)");

    public static readonly DiagnosticDescriptorInfo InvalidFormula = Error(
        "CPD0021", "Invalid molecular formula", "'{0}' is not a valid molecular formula: {1}");

    public static readonly DiagnosticDescriptorInfo NoReference = Error(
        "CPD0022", "No reference", "{0} '{1}' has no reference; every fact needs at least one");

    public static readonly DiagnosticDescriptorInfo DatasetManifest = Error(
        "CPD0023", "Dataset manifest missing or repeated", "Dataset '{0}': {1}");

    public static readonly DiagnosticDescriptorInfo EmptyText = Error(
        "CPD0024", "Empty text or list", "'{0}' must not be empty or whitespace");

    public static readonly DiagnosticDescriptorInfo DuplicateProperty = Error(
        "CPD0025", "Duplicate property", "Property '{0}' appears more than once in {1}");

    public static readonly DiagnosticDescriptorInfo SelfTransformation = Error(
        "CPD0026", "Transformation of a compound into itself", "Transformation '{0}' has '{1}' as both substrate and product");

    public static readonly DiagnosticDescriptorInfo MetabolismCycle = Warning(
        "CPD0027", "Cycle in the metabolism graph", "The transformations form a cycle: {0}");

    public static readonly DiagnosticDescriptorInfo InputTooLarge = Error(
        "CPD0028", "Input too large or nested too deep", "The input exceeds a limit: {0}");

    public static readonly DiagnosticDescriptorInfo ValueOutOfRange = Error(
        "CPD0029", "Value out of range", "'{0}' is {1}, outside the allowed range {2}");

    public static readonly DiagnosticDescriptorInfo MechanismWithoutSubject = Error(
        "CPD0030", "Mechanism without compound or scope", "Mechanism '{0}' has neither a compound nor a scope");

    public static readonly DiagnosticDescriptorInfo InvalidGeneratedName = Error(
        "CPD0031", "Invalid namespace or type name", "'{0}' is not a valid C# {1}");

    public static readonly DiagnosticDescriptorInfo LibraryMismatch = Error(
        "CPD0032", "Generator and library do not match", "{0}; the datasets are not generated. Reference one version of the Cianopramine.Data package, which holds both.");

    public static readonly DiagnosticDescriptorInfo IdentityCollision = Warning(
        "CPD0033", "Two compounds share an identity", "Compound '{0}' has the same {1} '{2}' as compound '{3}' at {4}({5},{6}); a lookup by it matches both");

    public static readonly DiagnosticDescriptorInfo PChemblMismatch = Warning(
        "CPD0034", "pChEMBL value does not match the value", "The pChEMBL value {0} does not match {1} {2} {3} (-log10 of the molar value is {4}; allowed difference 0.01)");

    public static readonly DiagnosticDescriptorInfo ItemLeftOut = Warning(
        "CPD0035", "Invalid item left out", "{0} is left out of the dataset: {1}");

    public static readonly DiagnosticDescriptorInfo FormulaSmilesMismatch = Error(
        "CPD0040", "Formula and SMILES disagree", "The formula {0} does not match the SMILES, whose atoms make {1}");

    public static readonly DiagnosticDescriptorInfo FormulaMonoisotopicMismatch = Error(
        "CPD0041", "Formula and monoisotopic mass disagree", "The formula {0} gives a monoisotopic mass of {1} g/mol, but monoisotopicMass is {2} g/mol (allowed difference 0.01 g/mol)");

    public static readonly DiagnosticDescriptorInfo UnreadableInput = Error(
        "CPD0042", "Input could not be read", "The input could not be read: {0}");

    public static readonly DiagnosticDescriptorInfo MisnamedDataFile = Warning(
        "CPD0043", "Dataset file not read because of its name", "This file looks like dataset data ({0}), but only additional files whose names end in '.dataset.json' are compiled; rename it to end in '.dataset.json', or remove it from AdditionalFiles");

    public static readonly DiagnosticDescriptorInfo PercentOutsideRange = Warning(
        "CPD0044", "Percentage outside 0-100 %", "The {0} value {1} % is outside 0-100 %: a negative value is an activation, more than 100 % more than full inhibition; check it against the source");

    public static readonly DiagnosticDescriptorInfo RepeatedListEntry = Warning(
        "CPD0045", "Value listed more than once", "'{0}' is listed {1} times in {2}; a repeat adds nothing, list it once");

    public static readonly DiagnosticDescriptorInfo RelatedToItself = Error(
        "CPD0046", "Compound compared or related to itself", "{0} '{1}' has '{2}' on both sides of {3}");

    public static readonly DiagnosticDescriptorInfo TargetIdentityCollision = Warning(
        "CPD0047", "Two targets share a lookup key", "Target '{0}' has the same {1} '{2}' as target '{3}' at {4}({5},{6}); a lookup by it matches both");

    public static readonly DiagnosticDescriptorInfo UnsafeName = Error(
        "CPD0048", "Unsafe characters in a name", "The {0} '{1}' {2}");

    /// <summary>Every diagnostic, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptorInfo> All { get; } = new[]
    {
        MalformedJson, MissingProperty, WrongType, UnknownProperty, UnknownEnumValue, UnknownUnit, DuplicateId,
        DanglingReference, NonPositiveMagnitude, NumberOutOfRange, InvalidInChIKey, InvalidCas, InvalidPmid,
        InvalidDoi, InvalidUniProt, RelationNotAllowed, UnitMismatch, InvalidId, InvalidIdentifier,
        FormulaMassMismatch, InvalidFormula, NoReference, DatasetManifest, EmptyText, DuplicateProperty,
        SelfTransformation, MetabolismCycle, InputTooLarge, ValueOutOfRange, MechanismWithoutSubject,
        InvalidGeneratedName, LibraryMismatch, IdentityCollision, PChemblMismatch, ItemLeftOut,
        FormulaSmilesMismatch, FormulaMonoisotopicMismatch, UnreadableInput, MisnamedDataFile,
        PercentOutsideRange, RepeatedListEntry, RelatedToItself, TargetIdentityCollision, UnsafeName,
    };

    // Declared after All: static fields initialise in textual order.
    private static readonly Dictionary<string, DiagnosticDescriptorInfo> ById = Index(All);

    /// <summary>Finds a descriptor by id.</summary>
    /// <param name="id">The id, e.g. <c>CPD0007</c>.</param>
    /// <returns>The descriptor, or <see langword="null"/> for an unknown id.</returns>
    public static DiagnosticDescriptorInfo? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

    private static DiagnosticDescriptorInfo Error(string id, string title, string format) =>
        new(id, title, format, DatasetDiagnosticSeverity.Error);

    private static DiagnosticDescriptorInfo Warning(string id, string title, string format) =>
        new(id, title, format, DatasetDiagnosticSeverity.Warning);

    private static Dictionary<string, DiagnosticDescriptorInfo> Index(IReadOnlyList<DiagnosticDescriptorInfo> all)
    {
        var map = new Dictionary<string, DiagnosticDescriptorInfo>(StringComparer.Ordinal);
        foreach (var descriptor in all)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
