using System;
using System.Collections.Generic;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Import;

/// <summary>
/// What an import produced: a dataset file in the Cianopramine.Data JSON format (to load now, or to add to a project
/// as an <c>AdditionalFiles</c> item for the generator to embed) and the rows it could not map.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(string json, IReadOnlyList<ImportProblem> problems, int rowsRead, int rowsImported)
    {
        Json = json;
        Problems = problems;
        RowsRead = rowsRead;
        RowsImported = rowsImported;
    }

    /// <summary>The dataset file (UTF-8 JSON text, indented), with every imported row as a result.</summary>
    public string Json { get; }

    /// <summary>The rows (or cells) that could not be mapped, in file order; a row is left out whole unless the problem says only its cell is.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>How many data rows the source had (the header not counted).</summary>
    public int RowsRead { get; }

    /// <summary>How many rows became results.</summary>
    public int RowsImported { get; }

    /// <summary>Validates and loads the imported file with <see cref="DatasetLoader"/> (strict: any error throws).</summary>
    /// <param name="name">The name diagnostics give the file.</param>
    /// <returns>The loaded dataset and its warnings (CPD0033 identity collisions, CPD0034 pChEMBL mismatches).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetLoadException">The imported file breaks a rule of the format (an id the rules reject, no results, …): every problem is listed with its id, line and column in <see cref="Json"/>.</exception>
    public DatasetLoadResult Load(string name = "import.dataset.json") => DatasetLoader.Load(new[] { DatasetSource.FromJson(Json, name) });
}
