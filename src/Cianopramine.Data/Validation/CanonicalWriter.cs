using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Validation;

/// <summary>The compact JSON writer of the canonical form.</summary>
internal static partial class CanonicalForm
{
    /// <summary>A compact JSON writer: no whitespace except the newlines the caller asks for.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private bool _first = true;

        public void Begin(string? name)
        {
            Name(name);
            _text.Append('{');
            _first = true;
        }

        public void End()
        {
            _text.Append('}');
            _first = false;
        }

        public void BeginArray(string name)
        {
            Name(name);
            _text.Append('[');
            _first = true;
        }

        public void EndArray()
        {
            _text.Append(']');
            _first = false;
        }

        public void NewLine() => _text.Append('\n');

        public void String(string name, string? value)
        {
            if (value is not null)
            {
                Name(name);
                Quote(value);
            }
        }

        public void Strings(string name, IEnumerable<string> values)
        {
            var any = false;
            foreach (var value in values)
            {
                if (!any)
                {
                    BeginArray(name);
                    any = true;
                }

                Name(null);
                Quote(value);
            }

            if (any)
            {
                EndArray();
            }
        }

        public void Bool(string name, bool value, bool writeFalse = false)
        {
            if (value || writeFalse)
            {
                Name(name);
                _text.Append(value ? "true" : "false");
            }
        }

        public void Integer(string name, long? value)
        {
            if (value is { } v)
            {
                Name(name);
                _text.Append(v.ToString(CultureInfo.InvariantCulture));
            }
        }

        public void Decimal(string name, decimal value)
        {
            Name(name);
            _text.Append(FormatDecimal(value));
        }

        /// <summary>Doubles go through decimal (15 significant digits), which every runtime rounds alike.</summary>
        public void Double(string name, double? value)
        {
            if (value is { } v)
            {
                Name(name);
                _text.Append(v is > -7.9e28 and < 7.9e28 ? FormatDecimal((decimal)v) : v.ToString("E16", CultureInfo.InvariantCulture));
            }
        }

        public override string ToString() => _text.ToString();

        private void Name(string? name)
        {
            if (!_first)
            {
                _text.Append(',');
            }

            _first = false;
            if (name is not null)
            {
                Quote(name);
                _text.Append(':');
            }
        }

        private void Quote(string value)
        {
            _text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        _text.Append("\\\"");
                        break;
                    case '\\':
                        _text.Append("\\\\");
                        break;
                    default:
                        if (c < 0x20)
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
