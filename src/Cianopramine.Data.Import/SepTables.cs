using System;
using System.IO;
using nietras.SeparatedValues;

namespace Cianopramine.Data.Import;

/// <summary>Opens the delimited tables the importers read, the same way for each.</summary>
internal static class SepTables
{
    /// <summary>
    /// A reader of a delimited table (separator detected from the header, quotes removed, rows of any length) with
    /// its header read.
    /// </summary>
    /// <param name="reader">The table, header first.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="FormatException">The header names a column more than once.</exception>
    public static SepReader Open(TextReader reader)
    {
        try
        {
            return Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(reader);
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            // Sep rejects a header naming a column twice with an ArgumentException, which the importers' docs did not
            // name: bad input to an importer is a FormatException, whatever is wrong with it.
            throw new FormatException("The header names a column more than once: " + ex.Message, ex);
        }
    }
}
