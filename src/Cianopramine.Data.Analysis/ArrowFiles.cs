using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow.Ipc;

namespace Cianopramine.Data.Analysis;

public sealed partial class DatasetTables
{
    /// <summary>
    /// Writes every table as an Arrow IPC file (the random-access "Feather v2" format) into
    /// <paramref name="directory"/>: <c>results.arrow</c>, <c>compounds.arrow</c>, <c>targets.arrow</c>,
    /// <c>references.arrow</c>, <c>assays.arrow</c>, <c>statements.arrow</c>.
    /// </summary>
    /// <param name="directory">The folder; created if missing. Existing table files are replaced.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">The folder cannot be created or a file cannot be written (a file of that name is in use, the path is too long, the disk is full …).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not write there.</exception>
    public IReadOnlyList<string> WriteArrowFiles(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, batch) in Tables)
        {
            var path = Path.Combine(directory, name + ".arrow");
            using (var stream = File.Create(path))
            using (var writer = new ArrowFileWriter(stream, batch.Schema))
            {
                writer.WriteRecordBatch(batch);
                writer.WriteEnd();
            }

            written.Add(path);
        }

        return written;
    }
}
