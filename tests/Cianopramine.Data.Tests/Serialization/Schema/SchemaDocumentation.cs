namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// The text of the generated schema that the reader cannot supply: its title, a description of every object shape,
/// and descriptions of some properties. Keys are definition names (the reader's property-list names, see
/// <see cref="DatasetSchemaBuilder"/>) and <c>definition.property</c>; the builder fails on a shape without a
/// description and on an entry that names nothing, so this table cannot fall behind the reader.
/// </summary>
internal static class SchemaDocumentation
{
    public const string Id = "https://github.com/cianopramine-data/Cianopramine.Data/blob/main/docs/schema/dataset.schema.json";

    public const string Title = "Cianopramine.Data dataset file";

    public const string Description =
        "One *.dataset.json file: a whole dataset, or part of one (docs/json-format.md). Generated from the reader " +
        "(tests/Cianopramine.Data.Tests/Serialization/Schema); do not edit by hand. The schema checks shape, words, " +
        "units and formats; rules across items (unique ids, references to existing ids, one manifest per dataset, " +
        "cycles, formula masses, CAS check digits) are checked by the source generator and the runtime loader, which " +
        "share one rule set.";

    /// <summary>The description of each object shape, by definition name (<c>$</c> is the top level).</summary>
    public static readonly IReadOnlyDictionary<string, string> Objects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = Description,
        ["manifest"] = "The dataset's manifest: given in exactly one file of a dataset (CPD0023).",
        ["reference"] = "A literature or web reference.",
        ["note"] = "A curation note.",
        ["compound"] = "A compound.",
        ["synonym"] = "A typed synonym.",
        ["identifiers"] = "Database identifiers.",
        ["structure"] = "Structure descriptors, all of one provenance; masses in g/mol.",
        ["compoundRelation"] = "A structural relation to another compound.",
        ["target"] = "A biological target.",
        ["accession"] = "A database accession; its format depends on the database (CPD0015, CPD0019).",
        ["classification"] = "A link to the target's modern classification.",
        ["assay"] = "An assay.",
        ["result"] = "An assay result.",
        ["chembl"] = "What ChEMBL states about the activity record beyond the value; every property optional.",
        ["gtopdb"] = "What the Guide to Pharmacology states about the interaction beyond the value; every property optional.",
        ["value"] = "A result's value: exactly one of three shapes, told apart by \"type\".",
        ["quantitativeValue"] =
            "A number with a parameter, relation and unit; the unit must fit the parameter (CPD0017); a magnitude other " +
            "than a percentage must be greater than zero (CPD0009); a spread only with '=' or '~' (CPD0016).",
        ["spread"] = "A ± spread in the value's unit.",
        ["qualitativeValue"] = "The source's words and a normalised category.",
        ["comparativeValue"] = "A comparison with another compound.",
        ["conditions"] = "The conditions of a result.",
        ["dose"] = "A dose.",
        ["timeAfterDose"] = "A time after the dose.",
        ["transformation"] = "A metabolic transformation; substrate and product differ (CPD0026).",
        ["mechanism"] = "A mechanism statement about a compound, or (without a compound) about the class named by scope (CPD0030).",
        ["gap"] = "A data gap a source states.",
    };

    /// <summary>Descriptions of properties, by <c>definition.property</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$.dataset"] = "The manifest (in exactly one file of a dataset) or the id of the dataset this file belongs to.",
        ["$.references"] = "Literature and web references.",
        ["$.compounds"] = "Compounds.",
        ["$.targets"] = "Targets.",
        ["$.assays"] = "Assays.",
        ["$.results"] = "Assay results.",
        ["$.transformations"] = "Metabolic transformations.",
        ["$.mechanisms"] = "Mechanism statements.",
        ["$.gaps"] = "Data gaps the sources state.",
        ["manifest.namespace"] = "The generated type's namespace (CPD0031).",
        ["manifest.typeName"] = "The generated type's name (CPD0031).",
        ["reference.pmid"] = "A PubMed id: 1 to 9 digits, no leading zero (CPD0013).",
        ["reference.doi"] = "A DOI: 10.<registrant>/<suffix> (CPD0014).",
        ["reference.url"] = "An absolute http or https URL (CPD0019).",
        ["identifiers.pubchemCid"] = "A PubChem CID: a positive integer (CPD0019).",
        ["identifiers.chemblId"] = "A ChEMBL id: CHEMBL and digits (CPD0019).",
        ["identifiers.drugbankId"] = "A DrugBank id: DB and five digits (CPD0019).",
        ["identifiers.cas"] = "A CAS Registry Number; its check digit is checked by the loader and the generator (CPD0012).",
        ["structure.formula"] = "A molecular formula; with averageMass, the two must agree within 0.05 g/mol (CPD0020, CPD0021).",
        ["structure.inchiKey"] = "A standard InChIKey (CPD0011).",
        ["quantitativeValue.relation"] = "Default '='.",
        ["quantitativeValue.sampleSize"] = "n: how many measurements the reported value summarises (a mean or a median); an integer of at least 1 (CPD0010).",
        ["chembl.assayId"] = "The assay's ChEMBL id (CPD0019).",
        ["chembl.documentId"] = "The document's ChEMBL id (CPD0019).",
        ["chembl.pchemblValue"] = "pChEMBL as ChEMBL reports it; checked against an exact molar value within 0.01 (CPD0034).",
        ["gtopdb.affinityHigh"] = "The high end of GtoPdb's affinity range, in negative log units.",
        ["gtopdb.affinityLow"] = "The low end of GtoPdb's affinity range, in negative log units.",
        ["dose.relation"] = "Default '='.",
        ["transformation.enzymes"] = "\"not-reported\" (the sources do not say), \"none\" (no enzyme), or the enzymes' names.",
    };

    /// <summary>The descriptions of the shared definitions the builder writes itself.</summary>
    public static readonly IReadOnlyDictionary<string, string> Definitions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "An id: 1 to 64 ASCII letters, digits, '-', '_' or '.'; case-sensitive (CPD0018).",
        ["text"] = "Text with at least one character that is not white space (CPD0024).",
        ["optionalText"] = "Optional text; null is the same as leaving it out.",
        ["unit"] = "Any unit (CPD0006); u, µ (U+00B5) and μ (U+03BC) all mean micro.",
    };
}
