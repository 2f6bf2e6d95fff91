using System;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Loading;

/// <summary>
/// The one exception a load throws for bad data: it lists every problem found (errors, and the warnings found
/// alongside them), each with its diagnostic id, message, file, JSON path, line and column. A load that throws
/// returns no dataset at all, never a partial one.
/// </summary>
public sealed class DatasetLoadException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates an exception with a generic message and no problems.</summary>
    internal DatasetLoadException()
        : this("The dataset could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message and no problems.</summary>
    /// <param name="message">The message; <see langword="null"/> for the default one.</param>
    internal DatasetLoadException(string? message)
        : base(message) => Problems = ValueArray<DatasetProblem>.Empty;

    /// <summary>Creates an exception with a message, the exception that caused it, and no problems.</summary>
    /// <param name="message">The message; <see langword="null"/> for the default one.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    internal DatasetLoadException(string? message, Exception? innerException)
        : base(message, innerException) => Problems = ValueArray<DatasetProblem>.Empty;

    /// <summary>Creates an exception listing the problems found.</summary>
    /// <param name="problems">The problems, in the order to report them; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> holds a <see langword="null"/> item.</exception>
    public DatasetLoadException(IEnumerable<DatasetProblem> problems)
        : this(problems, null)
    {
    }

    internal DatasetLoadException(IEnumerable<DatasetProblem> problems, Exception? innerException)
        : this(NoNulls(new ValueArray<DatasetProblem>(problems ?? throw new ArgumentNullException(nameof(problems)))), innerException)
    {
    }

    private DatasetLoadException(ValueArray<DatasetProblem> problems, Exception? innerException)
        : base(Describe(problems), innerException) => Problems = problems;

    /// <summary>Every problem found, errors and warnings, sorted by file, position and id.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    private static ValueArray<DatasetProblem> NoNulls(ValueArray<DatasetProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (problem is null)
            {
                throw new ArgumentException("The list holds a null problem.", nameof(problems));
            }
        }

        return problems;
    }

    private static string Describe(ValueArray<DatasetProblem> problems)
    {
        var errors = 0;
        foreach (var problem in problems)
        {
            errors += problem.IsError ? 1 : 0;
        }

        var text = new StringBuilder("The dataset could not be loaded: ")
            .Append(errors).Append(errors == 1 ? " error" : " errors");
        var warnings = problems.Count - errors;
        if (warnings > 0)
        {
            text.Append(", ").Append(warnings).Append(warnings == 1 ? " warning" : " warnings");
        }

        text.Append('.');
        for (var i = 0; i < problems.Count && i < ProblemsInMessage; i++)
        {
            text.Append('\n').Append(problems[i]);
        }

        if (problems.Count > ProblemsInMessage)
        {
            text.Append("\n… and ").Append(problems.Count - ProblemsInMessage).Append(" more (see Problems).");
        }

        return text.ToString();
    }
}
