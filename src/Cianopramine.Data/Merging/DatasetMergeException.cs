using System;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Merging;

/// <summary>
/// Thrown when two datasets cannot be merged: they hold different items under the same id (every such conflict is
/// listed, naming both datasets and the id), or the merged data breaks a rule (see <see cref="Exception.InnerException"/>,
/// a <see cref="DatasetLoadException"/>).
/// </summary>
public sealed class DatasetMergeException : Exception
{
    /// <summary>Creates an exception with a generic message and no conflicts.</summary>
    internal DatasetMergeException()
        : this("The datasets could not be merged.")
    {
    }

    /// <summary>Creates an exception with a message and no conflicts.</summary>
    /// <param name="message">The message; <see langword="null"/> for the default one.</param>
    internal DatasetMergeException(string? message)
        : base(message) => Conflicts = ValueArray<DatasetMergeConflict>.Empty;

    /// <summary>Creates an exception with a message, its cause and no conflicts.</summary>
    /// <param name="message">The message; <see langword="null"/> for the default one.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    internal DatasetMergeException(string? message, Exception? innerException)
        : base(message, innerException) => Conflicts = ValueArray<DatasetMergeConflict>.Empty;

    /// <summary>Creates an exception listing conflicts.</summary>
    /// <param name="conflicts">The conflicts, in the order to report them; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conflicts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conflicts"/> holds a <see langword="null"/> item.</exception>
    public DatasetMergeException(IEnumerable<DatasetMergeConflict> conflicts)
        : this(NoNulls(new ValueArray<DatasetMergeConflict>(conflicts ?? throw new ArgumentNullException(nameof(conflicts)))))
    {
    }

    private static ValueArray<DatasetMergeConflict> NoNulls(ValueArray<DatasetMergeConflict> conflicts)
    {
        foreach (var conflict in conflicts)
        {
            if (conflict is null)
            {
                throw new ArgumentException("The list holds a null conflict.", nameof(conflicts));
            }
        }

        return conflicts;
    }

    private DatasetMergeException(ValueArray<DatasetMergeConflict> conflicts)
        : base(Describe(conflicts)) => Conflicts = conflicts;

    /// <summary>Every item id the two datasets use for different content; empty when the merge failed for another reason.</summary>
    public IReadOnlyList<DatasetMergeConflict> Conflicts { get; }

    private static string Describe(ValueArray<DatasetMergeConflict> conflicts)
    {
        var text = new StringBuilder("The datasets could not be merged: ")
            .Append(conflicts.Count).Append(conflicts.Count == 1 ? " id is" : " ids are").Append(" used for different content.");
        foreach (var conflict in conflicts)
        {
            text.Append('\n').Append(conflict);
        }

        return text.ToString();
    }
}
