using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Rules on values: magnitudes, units, relations, identifiers, dates and structures.</summary>
internal sealed partial class DatasetRules
{
    /// <summary>The earliest year of a reference (CPD0029).</summary>
    internal const int MinYear = 1800;

    /// <summary>The latest year of a reference (CPD0029).</summary>
    internal const int MaxYear = 2100;

    /// <summary>The first month (CPD0029).</summary>
    internal const int MinMonth = 1;

    /// <summary>The last month (CPD0029).</summary>
    internal const int MaxMonth = 12;

    /// <summary>
    /// The largest molar concentration a data file may hold, in M (CPD0010 above it): 10¹⁵ M. The library computes
    /// with concentrations up to <see cref="MolarConcentration.MaxValue"/> (10¹⁶ M, 10²⁸ pM, the most a decimal holds
    /// in every unit); data stays a factor of ten below, so that a potency threshold from any p-value lies above every
    /// value. Physically nothing comes near either (pure water is 55.5 M): a larger number is a unit or typing mistake.
    /// </summary>
    internal const decimal MaxConcentrationMolar = 1_000_000_000_000_000m;

    /// <summary>The widest percentage a data file may hold (CPD0029 beyond it): −1000 % to 1000 %.</summary>
    internal const decimal MaxPercentMagnitude = 1000m;

    /// <summary>Whether <paramref name="unit"/> fits <paramref name="parameter"/> (CPD0017 otherwise).</summary>
    internal static bool UnitFits(ActivityParameter parameter, Unit unit) => parameter switch
    {
        ActivityParameter.PercentInhibition => unit.Dimension() == Dimension.Percent,
        ActivityParameter.ED50 or ActivityParameter.Dose => IsDoseUnit(unit),
        _ => unit.Dimension() == Dimension.MolarConcentration,
    };

    /// <summary>Whether a quantitative value in <paramref name="unit"/> must be greater than zero (CPD0009): all but percentages.</summary>
    internal static bool MustBePositive(Unit unit) => unit.Dimension() != Dimension.Percent;

    /// <summary>Whether a dose may be given in <paramref name="unit"/> (CPD0017 otherwise).</summary>
    internal static bool IsDoseUnit(Unit unit) => IsDoseQuantity(unit.Dimension());

    /// <summary>Whether a time after dose may be given in <paramref name="unit"/> (CPD0017 otherwise).</summary>
    internal static bool IsTimeUnit(Unit unit) => unit.Dimension() == Dimension.Time;

    /// <summary>Whether a quantitative value with <paramref name="relation"/> may have a spread (CPD0016 otherwise).</summary>
    internal static bool AllowsSpread(Relation relation) => relation is Relation.EqualTo or Relation.Approximately;

    private void CheckReferences()
    {
        foreach (var r in _sections.References)
        {
            if (r.Pmid is { } pmid && !IdentifierRules.IsValidPmid(pmid.Value))
            {
                Report(DiagnosticCatalogue.InvalidPmid, pmid.Location, pmid.Value);
            }

            if (r.Doi is { } doi && !IdentifierRules.IsValidDoi(doi.Value))
            {
                Report(DiagnosticCatalogue.InvalidDoi, doi.Location, doi.Value);
            }

            if (r.Url is { } url && !IdentifierRules.IsValidHttpUrl(url.Value))
            {
                Report(DiagnosticCatalogue.InvalidIdentifier, url.Location, url.Value, "URL (an absolute http or https address)");
            }

            if (r.Year is { } year && (year.Value < MinYear || year.Value > MaxYear))
            {
                Report(DiagnosticCatalogue.ValueOutOfRange, year.Location, "year", year.Value, "1800-2100");
            }

            if (r.Month is { } month && (month.Value < MinMonth || month.Value > MaxMonth))
            {
                Report(DiagnosticCatalogue.ValueOutOfRange, month.Location, "month", month.Value, "1-12");
            }
        }
    }

    private void CheckIdentifiers(IdentifiersSpec identifiers)
    {
        if (identifiers.PubchemCid is { } cid && !IdentifierRules.IsValidPubChemCid(cid.Value))
        {
            Report(DiagnosticCatalogue.InvalidIdentifier, cid.Location, cid.Value, "PubChem CID (a positive integer)");
        }

        if (identifiers.ChemblId is { } chembl && !IdentifierRules.IsValidChemblId(chembl.Value))
        {
            Report(DiagnosticCatalogue.InvalidIdentifier, chembl.Location, chembl.Value, "ChEMBL id (CHEMBL followed by digits)");
        }

        if (identifiers.DrugbankId is { } drugbank && !IdentifierRules.IsValidDrugBankId(drugbank.Value))
        {
            Report(DiagnosticCatalogue.InvalidIdentifier, drugbank.Location, drugbank.Value, "DrugBank id (DB followed by five digits)");
        }

        if (identifiers.Cas is { } cas)
        {
            var problem = IdentifierRules.CheckCas(cas.Value);
            if (problem != CasProblem.None)
            {
                Report(
                    DiagnosticCatalogue.InvalidCas,
                    cas.Location,
                    cas.Value,
                    problem == CasProblem.CheckDigit
                        ? "the check digit is wrong"
                        : "expected 2 to 7 digits, '-', 2 digits, '-', 1 check digit");
            }
        }
    }

    private void CheckStructure(StructureSpec structure)
    {
        if (structure.InchiKey is { } key && !IdentifierRules.IsValidInChIKey(key.Value))
        {
            Report(DiagnosticCatalogue.InvalidInChIKey, key.Location, key.Value);
        }

        CheckMass(structure.AverageMass, "averageMass");
        CheckMass(structure.MonoisotopicMass, "monoisotopicMass");
        if (structure.Formula is not { } formula)
        {
            return;
        }

        if (!ParseFormula(formula.Value, out var parsed, out var error))
        {
            Report(DiagnosticCatalogue.InvalidFormula, formula.Location, formula.Value, error);
            return;
        }

        if (structure.AverageMass is { } mass && mass.Value > 0 &&
            Math.Abs((double)parsed!.AverageMass - mass.Value) > (double)MolecularFormula.MassTolerance)
        {
            Report(
                DiagnosticCatalogue.FormulaMassMismatch,
                mass.Location,
                formula.Value,
                decimal.Round(parsed.AverageMass, 3).ToString("0.###", CultureInfo.InvariantCulture),
                mass.Value.ToString("0.######", CultureInfo.InvariantCulture));
        }

        // A formula and a mass can agree with each other and both be another compound's (curation note C1: the
        // metabolite's C19H21N3 / 291.39 given for cianopramine); the structure tells.
        if (structure.Smiles is { } smiles && HillFormulaOf(smiles) is { } fromSmiles)
        {
            // Atoms against atoms: a salt's components, a charge and an isotope label are the formula's spelling of
            // the same atoms (C4H12N+ and C[N+](C)(C)C; C2H7N.ClH and CNC.Cl; C2H5DO and [2H]CCO). A neutral
            // one-component formula without isotopes is spelled as its atoms, so the usual case needs no recount.
            if (!string.Equals(fromSmiles, parsed!.HillFormula, StringComparison.Ordinal) &&
                !string.Equals(fromSmiles, MolecularFormula.AtomsHill(parsed), StringComparison.Ordinal))
            {
                Report(DiagnosticCatalogue.FormulaSmilesMismatch, formula.Location, formula.Value, fromSmiles);
            }
        }

        if (structure.MonoisotopicMass is { } mono && mono.Value > 0 && MolecularFormula.MonoisotopicMass(parsed!) is { } exact &&
            Math.Abs((double)exact - mono.Value) > (double)MolecularFormula.MonoisotopicTolerance)
        {
            Report(
                DiagnosticCatalogue.FormulaMonoisotopicMismatch,
                mono.Location,
                formula.Value,
                decimal.Round(exact, 4).ToString("0.####", CultureInfo.InvariantCulture),
                mono.Value.ToString("0.######", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// <see cref="MolecularFormula.TryParse"/>, once per distinct formula of the dataset: a series of metabolites or salts
    /// repeats one formula hundreds of times, and parsing is a pure function of the text.
    /// </summary>
    private bool ParseFormula(string formula, out ParsedFormula? parsed, out string error)
    {
        _parsedFormulas ??= new Dictionary<string, (bool, ParsedFormula?, string)>(StringComparer.Ordinal);
        if (!_parsedFormulas.TryGetValue(formula, out var known))
        {
            var ok = MolecularFormula.TryParse(formula, out var p, out var e);
            known = (ok, p, e);
            _parsedFormulas.Add(formula, known);
        }

        (var valid, parsed, error) = known;
        return valid;
    }

    /// <summary>The Hill formula of a SMILES string's atoms, or <see langword="null"/> when it cannot be counted; once per distinct SMILES.</summary>
    private string? HillFormulaOf(string smiles)
    {
        _smilesFormulas ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_smilesFormulas.TryGetValue(smiles, out var hill))
        {
            hill = SmilesAtoms.TryCount(smiles, out var atoms) ? MolecularFormula.Hill(atoms) : null;
            _smilesFormulas.Add(smiles, hill);
        }

        return hill;
    }

    private void CheckMass(Located<double>? mass, string name)
    {
        if (mass is { } m && m.Value <= 0)
        {
            Report(DiagnosticCatalogue.NonPositiveMagnitude, m.Location, "'" + name + "'", m.Value);
        }
    }

    private void CheckAccessions(ValueArray<AccessionSpec> accessions)
    {
        foreach (var a in accessions)
        {
            var value = a.Value;
            switch (a.Database)
            {
                case AccessionDatabase.UniProt when !IdentifierRules.IsValidUniProt(value.Value):
                    Report(DiagnosticCatalogue.InvalidUniProt, value.Location, value.Value);
                    break;
                case AccessionDatabase.Chembl when !IdentifierRules.IsValidChemblId(value.Value):
                    Report(DiagnosticCatalogue.InvalidIdentifier, value.Location, value.Value, "ChEMBL id (CHEMBL followed by digits)");
                    break;
                case AccessionDatabase.GtoPdb when !IdentifierRules.IsValidGtoPdbId(value.Value):
                    Report(DiagnosticCatalogue.InvalidIdentifier, value.Location, value.Value, "Guide to Pharmacology id (a positive integer)");
                    break;
            }
        }
    }

    private void CheckQuantitative(QuantitativeValueSpec spec)
    {
        var q = spec.Value;
        var parameter = EnumWords.Parameter.ToWord(q.Parameter);
        var unit = q.Magnitude.Unit;
        var magnitude = q.Magnitude.Value;
        var quantity = unit.Dimension();
        if (!UnitFits(q.Parameter, unit))
        {
            var expected = q.Parameter switch
            {
                ActivityParameter.PercentInhibition => "%",
                ActivityParameter.ED50 or ActivityParameter.Dose => "a mass, mass per body mass or mass rate unit",
                _ => "a molar concentration unit (M, mM, uM, nM, pM)",
            };
            Report(DiagnosticCatalogue.UnitMismatch, spec.UnitLocation, EnumWords.Unit.ToWord(unit), parameter, expected);
        }

        if (MustBePositive(unit) && magnitude <= 0)
        {
            Report(DiagnosticCatalogue.NonPositiveMagnitude, spec.MagnitudeLocation, "The " + parameter + " value", magnitude);
        }
        else if (quantity == Dimension.MolarConcentration && magnitude / PerMolar(unit) == 0m)
        {
            // Concentrations are kept in M as decimals: 1e-20 pM would become a concentration of exactly 0 M.
            Report(DiagnosticCatalogue.NumberOutOfRange, spec.MagnitudeLocation, magnitude, "a molar concentration (it is 0 M to 28 decimals)");
        }
        else if (quantity == Dimension.MolarConcentration && magnitude / PerMolar(unit) > MaxConcentrationMolar)
        {
            Report(DiagnosticCatalogue.NumberOutOfRange, spec.MagnitudeLocation, magnitude, "a molar concentration (at most 10^15 M)");
        }

        if (quantity == Dimension.Percent)
        {
            CheckPercent(spec, parameter, magnitude);
        }

        if (q.Spread is { } spread)
        {
            if (!AllowsSpread(q.Relation))
            {
                Report(
                    DiagnosticCatalogue.RelationNotAllowed,
                    spec.RelationLocation,
                    EnumWords.Relation.ToWord(q.Relation),
                    "a spread is only allowed with '=' or '~'");
            }

            if (spread.Value < 0)
            {
                Report(DiagnosticCatalogue.ValueOutOfRange, spec.SpreadLocation!.Value, "spread value", spread.Value, ">= 0");
            }
            else if (quantity == Dimension.MolarConcentration && spread.Value / PerMolar(unit) > MaxConcentrationMolar)
            {
                Report(DiagnosticCatalogue.NumberOutOfRange, spec.SpreadLocation!.Value, spread.Value, "a molar spread (at most 10^15 M)");
            }
        }
    }

    /// <summary>
    /// A percentage beyond ±1000 % is an error (CPD0029): no assay reports a tenfold effect as a percentage, so it is a
    /// typing or unit mistake (1e28 %). Outside 0–100 % it is a warning (CPD0044): real assays report activation as
    /// negative inhibition and over-inhibition from normalisation, but the value deserves a look.
    /// </summary>
    private void CheckPercent(QuantitativeValueSpec spec, string parameter, decimal magnitude)
    {
        if (magnitude < -MaxPercentMagnitude || magnitude > MaxPercentMagnitude)
        {
            Report(DiagnosticCatalogue.ValueOutOfRange, spec.MagnitudeLocation, parameter, magnitude, "-1000 to 1000 %");
        }
        else if (magnitude < 0m || magnitude > 100m)
        {
            Report(DiagnosticCatalogue.PercentOutsideRange, spec.MagnitudeLocation, parameter, magnitude);
        }
    }

    private void CheckDose(DoseSpec dose)
    {
        if (!IsDoseUnit(dose.Unit.Value))
        {
            Report(
                DiagnosticCatalogue.UnitMismatch,
                dose.Unit.Location,
                EnumWords.Unit.ToWord(dose.Unit.Value),
                "a dose",
                "a mass, mass per body mass or mass rate unit");
        }

        if (dose.Value.Value <= 0)
        {
            Report(DiagnosticCatalogue.NonPositiveMagnitude, dose.Value.Location, "The dose", dose.Value.Value);
        }
    }

    private void CheckTime(TimeSpec time)
    {
        if (!IsTimeUnit(time.Unit.Value))
        {
            Report(DiagnosticCatalogue.UnitMismatch, time.Unit.Location, EnumWords.Unit.ToWord(time.Unit.Value), "a time", "min, h or d");
        }

        if (time.Value.Value <= 0)
        {
            Report(DiagnosticCatalogue.NonPositiveMagnitude, time.Value.Location, "The time after dose", time.Value.Value);
        }
    }

    private static decimal PerMolar(Unit unit) => unit.TryGetMolarUnit(out var molar) ? molar.PerMolar() : 1m;

    private static bool IsDoseQuantity(Dimension quantity) =>
        quantity is Dimension.Mass or Dimension.MassPerBodyMass or Dimension.MassRate;
}
