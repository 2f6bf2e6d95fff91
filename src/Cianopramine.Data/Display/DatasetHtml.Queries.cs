using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Export;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Display;

/// <summary>Profiles, comparisons, selectivities and metabolic pathways.</summary>
public static partial class DatasetHtml
{
    internal static void WriteProfile(HtmlBuilder html, CompoundProfile profile, HtmlDisplayOptions options)
    {
        var c = profile.Compound;
        html.Open("h3").Text("Profile: " + c + " ")
            .Element("span", Text.Of(c.Role) + (c.Class is null ? string.Empty : ", " + c.Class), "cpd-muted").Close("h3");
        if (Synonyms(c) is { } synonyms)
        {
            html.Element("p", "synonyms: " + synonyms, "cpd-muted");
        }

        WriteNotes(html, c.Notes, dashWhenNone: false);
        var citations = new Citations();
        if (profile.Targets.IsEmpty)
        {
            html.Element("p", "No results in this dataset.", "cpd-muted");
        }

        foreach (var target in profile.Targets)
        {
            WriteTargetProfile(html, c, target, options, citations);
        }

        if (!profile.FormedFrom.IsEmpty || !profile.Metabolites.IsEmpty)
        {
            html.Element("h4", "Metabolism");
            var steps = new List<(MetabolicTransformation Step, string Label)>();
            foreach (var step in profile.FormedFrom)
            {
                steps.Add((step, "formed from"));
            }

            foreach (var step in profile.Metabolites)
            {
                steps.Add((step, "metabolised to"));
            }

            WriteSteps(html, steps, citations);
        }

        if (!profile.Mechanisms.IsEmpty || !profile.ClassLevelMechanisms.IsEmpty)
        {
            html.Element("h4", "Mechanism statements").Open("ul");
            foreach (var statement in profile.Mechanisms)
            {
                WriteMechanism(html, statement, citations);
            }

            foreach (var statement in profile.ClassLevelMechanisms)
            {
                WriteMechanism(html, statement, citations);
            }

            html.Close("ul");
        }

        var references = new Citations();
        references.AddRange(profile.References);
        WriteReferences(html, references, "References");
    }

    private static void WriteTargetProfile(HtmlBuilder html, Compound compound, TargetProfile target, HtmlDisplayOptions options, Citations citations)
    {
        var t = target.Target;
        var settings = new List<string>();
        foreach (var setting in target.Settings)
        {
            settings.Add(Text.Of(setting));
        }

        html.Open("h4").Text(t.Symbol + (string.Equals(t.Name, t.Symbol, StringComparison.OrdinalIgnoreCase) ? string.Empty : " — " + t.Name) + " ")
            .Element("span", "(" + Count(target.Results.Count, "result") + (settings.Count == 0 ? string.Empty : "; " + string.Join(", ", settings)) + ")", "cpd-muted")
            .Close("h4");

        if (!target.Quantitative.IsEmpty)
        {
            html.Open("table", "cpd-best").Element("caption", "Quantitative, per parameter")
                .HeaderRow("Parameter", "Best value", "Result", "Conditions", "Values").Open("tbody");
            foreach (var summary in target.Quantitative)
            {
                html.Open("tr").Element("td", Text.Of(summary.Parameter));
                if (summary.Best is { } best)
                {
                    html.Open("td");
                    WriteValue(html, best.Value);
                    html.Raw("<br>").Element(
                        "span",
                        (summary.Rule == BestValueRule.Lowest ? "lowest" : "highest") + (summary.ConditionsDiffer ? ", of values under different conditions (not one potency)" : string.Empty),
                        "cpd-muted").Close("td");
                    html.Cell(best.Id).Cell(best.Conditions.IsEmpty ? null : best.Conditions.ToString());
                }
                else
                {
                    html.Element("td", "no best value for this parameter", "cpd-muted").Cell(null).Cell(null);
                }

                html.Open("td").Number(summary.Results.Count).Close("td").Close("tr");
            }

            html.Close("tbody").Close("table");
        }

        if (!target.Results.IsEmpty)
        {
            var shown = ResultRows(html, target.Results, options, "Results at " + t.Symbol, ResultColumns.None, citations);
            WriteOmitted(html, target.Results.Count, shown, "results");
        }

        if (!target.ComparedByOthers.IsEmpty)
        {
            var shown = ResultRows(html, target.ComparedByOthers, options, "Other compounds compared with " + compound.Name + " at " + t.Symbol,
                ResultColumns.Compound, citations);
            WriteOmitted(html, target.ComparedByOthers.Count, shown, "results");
        }

        if (!target.HasConcentrationValue)
        {
            html.Element("p", "No concentration value (IC50, Ki …) at " + t.Symbol + " in this dataset.", "cpd-muted");
        }

        WriteGaps(html, target.StatedGaps, citations);
    }

    private static void WriteGaps(HtmlBuilder html, ValueArray<DataGap> gaps, Citations citations)
    {
        foreach (var gap in gaps)
        {
            html.Open("div", "cpd-note").Element("span", "stated gap " + gap.Id, "cpd-tag").Text("“" + gap.Text + "” ");
            WriteReferenceIds(html, gap.References, citations);
            html.Close("div");
        }
    }

    private static void WriteMechanism(HtmlBuilder html, MechanismStatement statement, Citations citations)
    {
        var targets = new List<string>(statement.Targets.Count);
        foreach (var target in statement.Targets)
        {
            targets.Add(target.Symbol);
        }

        html.Open("li").Element("strong", statement.Id).Text(" ");
        if (statement.IsPrimary)
        {
            html.Element("span", "primary", "cpd-tag");
        }

        if (statement.IsClassLevel)
        {
            html.Element("span", "class-level: " + (statement.Scope ?? "class"), "cpd-tag");
        }

        html.Text(Text.Of(statement.Action) + " at " + string.Join(", ", targets) + ": " + statement.Text + " ");
        WriteReferenceIds(html, statement.References, citations);
        WriteNotes(html, statement.Notes, dashWhenNone: false);
        html.Close("li");
    }

    private static void WriteSteps(HtmlBuilder html, IReadOnlyList<(MetabolicTransformation Step, string Label)> steps, Citations citations)
    {
        html.Open("table", "cpd-steps").HeaderRow("", "Step", "Reaction", "Enzymes", "Setting", "Species", "Product", "References", "Curation notes").Open("tbody");
        foreach (var (step, label) in steps)
        {
            html.Open("tr").Cell(label, "cpd-muted").Element("td", step.Substrate.Name + " → " + step.Product.Name)
                .Cell(Text.Of(step.Reaction)).Cell(step.EnzymesText)
                .Cell(step.Setting is { } setting ? Text.Of(setting) : null)
                .Cell(step.Species is { } species ? Text.Of(species) : null)
                .Cell(step.ProductActive switch { true => "active", false => "inactive", _ => null });
            html.Open("td");
            WriteReferenceIds(html, step.References, citations);
            html.Close("td").Open("td");
            WriteNotes(html, step.Notes, dashWhenNone: true);
            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static void WriteComparison(HtmlBuilder html, CompoundComparison comparison, HtmlDisplayOptions options)
    {
        html.Open("h3").Text(comparison.First.Name + " vs " + comparison.Second.Name + " at " + comparison.Target.Symbol + ": ")
            .Element("strong", Text.Of(comparison.Verdict)).Close("h3");
        html.Element("p", comparison.Reason);

        var citations = new Citations();
        var behind = new List<AssayResult>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!comparison.Evidence.IsEmpty)
        {
            html.Open("table", "cpd-evidence").Element("caption", "Evidence")
                .HeaderRow("Basis", "Says", "Evidence").Open("tbody");
            foreach (var item in comparison.Evidence)
            {
                html.Open("tr").Cell(Text.Of(item.Basis)).Cell(Text.Of(item.Verdict)).Cell(item.Description).Close("tr");
                if (ids.Add(item.Result.Id))
                {
                    behind.Add(item.Result);
                }

                if (item.Other is { } other && ids.Add(other.Id))
                {
                    behind.Add(other);
                }
            }

            html.Close("tbody").Close("table");
        }

        if (behind.Count > 0)
        {
            var shown = ResultRows(html, behind, options, "Results behind the evidence", ResultColumns.Compound, citations);
            WriteOmitted(html, behind.Count, shown, "results");
        }

        if (!comparison.SameAssayResults.IsEmpty)
        {
            var shown = ResultRows(html, comparison.SameAssayResults, options, "Read side by side (same assay, not comparable by value)",
                ResultColumns.Compound, citations);
            WriteOmitted(html, comparison.SameAssayResults.Count, shown, "results");
        }

        WriteReferences(html, citations, "References");
    }

    private static void WriteSelectivity(HtmlBuilder html, SelectivityResult selectivity, HtmlDisplayOptions options)
    {
        html.Open("h3").Text("Selectivity of " + selectivity.Compound.Name + " for " + selectivity.Target.Symbol + " over " + selectivity.Over.Symbol + ": ")
            .Element("strong", selectivity.Fold is { } fold ? "fold " + fold : "cannot be determined from this dataset").Close("h3");
        html.Element("p", selectivity.Reason);

        var citations = new Citations();
        if (!selectivity.Pairs.IsEmpty)
        {
            html.Open("table", "cpd-pairs").Element("caption", "Pairs of concentration values (same parameter and setting)")
                .HeaderRow("At " + selectivity.Target.Symbol, "At " + selectivity.Over.Symbol, "Setting", "Fold").Open("tbody");
            foreach (var pair in selectivity.Pairs)
            {
                html.Open("tr").Open("td").Element("span", pair.AtTarget.Id + " ", "cpd-muted");
                WriteValue(html, pair.AtTarget.Value);
                html.Close("td").Open("td").Element("span", pair.AtOver.Id + " ", "cpd-muted");
                WriteValue(html, pair.AtOver.Value);
                html.Close("td").Cell(Text.Of(pair.AtTarget.Assay.Setting))
                    .Cell(pair.Fold is { } pairFold ? pairFold.ToString() : "no ratio: both bounds point the same way").Close("tr");
                citations.AddRange(pair.AtTarget.References);
                citations.AddRange(pair.AtOver.References);
            }

            html.Close("tbody").Close("table");
        }

        WriteGaps(html, selectivity.StatedGaps, citations);
        foreach (var (results, target) in new[] { (selectivity.TargetResults, selectivity.Target), (selectivity.OverResults, selectivity.Over) })
        {
            if (results.IsEmpty)
            {
                html.Element("p", "No results at " + target.Symbol + ".", "cpd-muted");
                continue;
            }

            var shown = ResultRows(html, results, options, "Results at " + target.Symbol, ResultColumns.None, citations);
            WriteOmitted(html, results.Count, shown, "results");
        }

        WriteReferences(html, citations, "References");
    }

    private static void WritePathway(HtmlBuilder html, MetabolicPathway pathway, HtmlDisplayOptions options)
    {
        var downstream = pathway.Direction == PathwayDirection.Downstream;
        html.Element("h3", (downstream ? "Metabolism from " : "Metabolism leading to ") + pathway.Start);
        if (pathway.IsEmpty)
        {
            html.Element("p", "No " + (downstream ? "metabolites" : "precursors") + " in this dataset.", "cpd-muted");
            return;
        }

        var shown = Math.Min(pathway.Count, options.MaxRows);
        var steps = new List<(MetabolicTransformation Step, string Label)>(shown);
        for (var i = 0; i < shown; i++)
        {
            var step = pathway[i];
            var label = "depth " + step.Depth.ToString(CultureInfo.InvariantCulture) + (step.ClosesCycle ? ", closes a cycle" : string.Empty);
            steps.Add((step.Transformation, label));
        }

        var citations = new Citations();
        WriteSteps(html, steps, citations);
        WriteOmitted(html, pathway.Count, shown, "steps");
        if (pathway.Count <= options.MaxRows)
        {
            WriteMermaid(html, DatasetDiagrams.Pathway(pathway, DiagramFormat.Mermaid), options);
        }
        else
        {
            // A diagram of every step would be as long as the pathway; one of the rows shown would not be the pathway.
            html.Open("p", "cpd-muted").Text("The diagram is left out: the pathway has more steps than MaxRows (")
                .Number(pathway.Count).Raw(" &gt; ").Number(options.MaxRows).Text("); DatasetDiagrams.Pathway draws it all.").Close("p");
        }

        WriteReferences(html, citations, "References");
    }
}
