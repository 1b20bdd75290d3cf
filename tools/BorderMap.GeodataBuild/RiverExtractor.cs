using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Operation.Linemerge;

namespace BorderMap.GeodataBuild;

/// <summary>
/// The Panj / Amu Darya along Afghanistan's northern border, from GSHHG's WDBII rivers via gmt coast.
/// </summary>
internal static class RiverExtractor
{
    /// <summary>
    /// Full-resolution (-Df) permanent major rivers (-I1) as multi-segment text (-M). The region
    /// starts at 65°E, not 66°E: the Turkmen–Afghan border follows the Amu Darya to about 65.8°E.
    /// </summary>
    public const string Command = "gmt coast -R65/76/36.3/39.7 -Df -I1 -M";

    /// <summary>
    /// River vertices farther than this from Afghanistan's northern border are dropped. Along the
    /// border the simplified Natural Earth line stays within about 2 km of the GSHHG river; where
    /// the river leaves the border (into Turkmenistan) the distance grows quickly.
    /// </summary>
    private const double MaxDistanceFromBorderKm = 5;

    // Kilometres per degree at 37.5°N, the middle of the border: a local plane that is accurate
    // to a few per cent over the whole river, plenty for a 5 km threshold.
    private static readonly double KmPerDegreeLongitude = 111.32 * Math.Cos(37.5 * Math.PI / 180);
    private const double KmPerDegreeLatitude = 110.57;

    /// <summary>
    /// Keeps the runs of river vertices near the border, rounds them to the output grid and joins
    /// them into one line running downstream (east to west).
    /// </summary>
    /// <param name="northernBorder">Afghanistan's borders with Tajikistan, Uzbekistan and Turkmenistan.</param>
    public static AreaFeature Build(IReadOnlyList<Coordinate[]> segments, Geometry northernBorder)
    {
        var toKm = new AffineTransformation(KmPerDegreeLongitude, 0, 0, 0, KmPerDegreeLatitude, 0);
        var border = toKm.Transform(northernBorder);
        var distance = new IndexedFacetDistance(border);

        var pieces = new List<LineString>();
        var run = new List<Coordinate>();
        foreach (var segment in segments)
        {
            foreach (var coordinate in segment)
            {
                var nearBorder = distance.Distance(Grid.Factory.CreatePoint(toKm.Transform(coordinate, new Coordinate()))) <= MaxDistanceFromBorderKm;
                if (nearBorder)
                {
                    run.Add(coordinate);
                }
                else
                {
                    EndRun();
                }
            }

            EndRun();
        }

        var merger = new LineMerger();
        merger.Add(pieces);
        var lines = merger.GetMergedLineStrings();
        if (lines.Count != 1)
        {
            throw new GeodataBuildException($"The border river should merge into one line but gives {lines.Count}; check the GSHHG segments against the border.");
        }

        var river = (LineString)lines.Single();
        if (river.StartPoint.X < river.EndPoint.X)
        {
            river = (LineString)river.Reverse();
        }

        return new AreaFeature(
            "panj-amu-darya",
            "river",
            // The river is Afghanistan's northern border along its whole length (Tajikistan,
            // Uzbekistan and Turkmenistan face it in turn), so AF is the one country every part touches.
            "AF",
            "Panj / Amu Darya",
            "پنج / آمودریا",
            [new("en", "Panj / Amu Darya"), new("de", "Pandsch / Amudarja"), new("ru", "Пяндж / Амударья"), new("fa", "پنج / آمودریا")],
            false,
            river);

        void EndRun()
        {
            // GSHHG cuts rivers at its 1° bins and leaves zero-length stubs at bin corners; after
            // rounding, those collapse to a single point and are dropped here.
            var rounded = Grid.RoundLine(run);
            if (rounded.Length >= 2)
            {
                pieces.Add(Grid.Factory.CreateLineString(rounded));
            }

            run.Clear();
        }
    }

    public static IReadOnlyList<Coordinate[]> ReadSegments(string gshhgDirectory, string workDirectory, string pinnedGmtVersion, TextWriter log)
    {
        // gmt writes gmt.history and may read gmt.conf in its working directory and user directory:
        // give it empty ones so nothing on the machine changes the result.
        var gmtDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "gmt")).FullName;
        var environment = new Dictionary<string, string> { ["GMT_USERDIR"] = gmtDirectory, ["GMT_TMPDIR"] = gmtDirectory };
        var version = ProcessRunner.Run("gmt", ["--version"], gmtDirectory, environment).Trim();
        if (version != pinnedGmtVersion)
        {
            throw new GeodataBuildException($"gmt {version} is installed; inputs.json pins gmt {pinnedGmtVersion} (Debian package gmt). Install that version or review the river output and update the pin.");
        }

        log.WriteLine($"Running {Command} (gmt {version}) with GSHHG from {gshhgDirectory}");
        var arguments = Command.Split(' ').Skip(2).Append($"--DIR_GSHHG={gshhgDirectory}");
        var output = ProcessRunner.Run("gmt", ["coast", .. arguments], gmtDirectory, environment);
        return Parse(output);
    }

    private static List<Coordinate[]> Parse(string output)
    {
        var segments = new List<Coordinate[]>();
        var current = new List<Coordinate>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('>'))
            {
                Flush();
                continue;
            }

            var fields = line.Split('\t');
            current.Add(new Coordinate(double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture)));
        }

        Flush();
        return segments;

        void Flush()
        {
            if (current.Count >= 2)
            {
                segments.Add([.. current]);
            }

            current.Clear();
        }
    }
}
