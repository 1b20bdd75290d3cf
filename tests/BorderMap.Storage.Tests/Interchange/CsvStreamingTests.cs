using System.Text;
using BorderMap.Storage.Interchange;
using static BorderMap.Storage.Tests.Interchange.ClaimFileSamples;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary><see cref="ClaimCsv.Read"/> reads record by record, with quoted fields across lines, and stops an endless or undecodable record at its row.</summary>
public sealed class CsvStreamingTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Rows_are_read_in_order_and_a_quoted_field_may_span_lines()
    {
        var csv = $"{CsvHeader},notes\n{CsvRow(1)},plain\n{CsvRow(2)},\"two\nlines, \"\"quoted\"\"\"\r\n{CsvRow(3)},\n";

        var rows = ClaimCsv.Read(new StringReader(csv), TestData.Geodata.Areas).ToList();

        Assert.Equal(["row 2", "row 3", "row 4 (line 5)"], rows.Select(r => r.Position));
        Assert.All(rows, r => Assert.Empty(r.Problems));
        Assert.Equal("two\nlines, \"quoted\"", rows[1].Draft!.Data.Note);
        Assert.Equal(["c-1", "c-2", "c-3"], rows.Select(r => r.Draft!.Id));
    }

    [Fact]
    public void The_first_row_arrives_before_most_of_the_text_is_read()
    {
        using var input = new GeneratedStream(CsvHeader + "\n", 20_000, CsvRow, "\n", "\n");
        using var reader = new StreamReader(input);

        var first = ClaimCsv.Read(reader, TestData.Geodata.Areas).First();

        Assert.Equal("row 2", first.Position);
        Assert.True(input.BytesRead < 1 << 20, $"{input.BytesRead} bytes read before the first row");
    }

    [Fact]
    public void An_endless_record_is_refused_at_its_row_before_it_exhausts_memory()
    {
        using var input = new GeneratedStream($"{CsvHeader}\n{CsvRow(1)}\n", int.MaxValue, _ => new string('\0', 4096), string.Empty, string.Empty);
        using var reader = new StreamReader(input);

        var error = Assert.Throws<ClaimFileException>(() => ClaimCsv.Read(reader, TestData.Geodata.Areas).ToList());

        Assert.Equal("row 3: is longer than 1,048,576 characters", error.Message);
        Assert.True(input.BytesRead < 4 << 20, $"{input.BytesRead} bytes read");
    }

    [Fact]
    public void An_unclosed_quote_is_named_as_the_likely_cause_of_an_overlong_record()
    {
        var csv = $"{CsvHeader}\n{CsvRow(1)}\n\"unclosed,{new string('x', CsvRecordReader.MaxRecordChars)}";

        var error = Assert.Throws<ClaimFileException>(() => ClaimCsv.Read(new StringReader(csv), TestData.Geodata.Areas).ToList());

        Assert.Equal("row 3: is longer than 1,048,576 characters; a quoted field may lack its closing quote", error.Message);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_at_the_row_that_holds_it()
    {
        var file = _folder.NewFile(".csv");
        var bytes = Encoding.UTF8.GetBytes($"{CsvHeader}\n{CsvRow(1)}\n{CsvRow(2)}\n{CsvRow(3)}?\n");
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xC3;
        File.WriteAllBytes(file, bytes);

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.Read(file, TestData.Geodata.Areas).ToList());

        Assert.StartsWith("row 4: has bytes that are not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_beyond_a_double_is_a_problem_of_its_row_not_a_crash()
    {
        var csv = $"{CsvHeader}\n{CsvRow(1).Replace("34.5,69.2,2,", "1e400,69.2,1e400,", StringComparison.Ordinal)}\n";

        var row = Assert.Single(ClaimCsv.Read(new StringReader(csv), TestData.Geodata.Areas));

        Assert.Equal(["geo_precision", "latitude/longitude"], row.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_header_is_refused_as_a_whole()
    {
        var error = Assert.Throws<ClaimFileException>(() => ClaimCsv.Read(new StringReader(string.Empty), TestData.Geodata.Areas).ToList());

        Assert.Equal("row 1: the file is empty; it needs a header row naming the columns", error.Message);
    }
}
