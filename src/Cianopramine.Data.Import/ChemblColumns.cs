using System;
using System.Collections.Generic;

namespace Cianopramine.Data.Import;

/// <summary>Where each ChEMBL column is in a header, under the web export's names or the database's.</summary>
internal sealed class ChemblColumns
{
    public int Molecule { get; private init; } = -1;
    public int MoleculeName { get; private init; } = -1;
    public int Smiles { get; private init; } = -1;
    public int StandardType { get; private init; } = -1;
    public int StandardRelation { get; private init; } = -1;
    public int StandardValue { get; private init; } = -1;
    public int StandardUnits { get; private init; } = -1;
    public int PChembl { get; private init; } = -1;
    public int DataValidity { get; private init; } = -1;
    public int Assay { get; private init; } = -1;
    public int AssayDescription { get; private init; } = -1;
    public int AssayType { get; private init; } = -1;
    public int Target { get; private init; } = -1;
    public int TargetName { get; private init; } = -1;
    public int TargetOrganism { get; private init; } = -1;
    public int Document { get; private init; } = -1;
    public int Activity { get; private init; } = -1;
    public int Comment { get; private init; } = -1;

    /// <summary>The columns of a header; throws when a column every row needs is missing.</summary>
    public static ChemblColumns Find(IReadOnlyList<string> names)
    {
        int Of(params string[] aliases)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var name = Normalise(names[i]);
                foreach (var alias in aliases)
                {
                    if (name == alias)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var columns = new ChemblColumns
        {
            Molecule = Of("molecule_chembl_id"),
            MoleculeName = Of("molecule_name", "molecule_pref_name"),
            Smiles = Of("smiles", "canonical_smiles"),
            StandardType = Of("standard_type"),
            StandardRelation = Of("standard_relation"),
            StandardValue = Of("standard_value"),
            StandardUnits = Of("standard_units"),
            PChembl = Of("pchembl_value"),
            DataValidity = Of("data_validity_comment"),
            Assay = Of("assay_chembl_id"),
            AssayDescription = Of("assay_description"),
            AssayType = Of("assay_type"),
            Target = Of("target_chembl_id"),
            TargetName = Of("target_name", "target_pref_name"),
            TargetOrganism = Of("target_organism"),
            Document = Of("document_chembl_id"),
            Activity = Of("activity_id"),
            Comment = Of("activity_comment", "comment"),
        };
        var missing = new List<string>();
        void Need(int index, string name)
        {
            if (index < 0)
            {
                missing.Add(name);
            }
        }

        Need(columns.Molecule, "Molecule ChEMBL ID");
        Need(columns.StandardType, "Standard Type");
        Need(columns.StandardValue, "Standard Value");
        Need(columns.StandardUnits, "Standard Units");
        Need(columns.Assay, "Assay ChEMBL ID");
        Need(columns.Target, "Target ChEMBL ID");
        Need(columns.Document, "Document ChEMBL ID");
        if (missing.Count > 0)
        {
            throw new FormatException("Not a ChEMBL activity export: the header lacks " + string.Join(", ", missing) + ".");
        }

        return columns;
    }

    /// <summary><c>Molecule ChEMBL ID</c> and <c>molecule_chembl_id</c> alike: lower case, spaces as underscores.</summary>
    private static string Normalise(string name) => name.Trim().Trim('"').ToLowerInvariant().Replace(' ', '_');
}
