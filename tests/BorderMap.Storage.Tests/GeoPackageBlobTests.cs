using BorderMap.Storage.GeoPackage;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Storage.Tests;

/// <summary>The claim row codecs that read stored text and blobs in place rather than through the general parsers.</summary>
public sealed class GeoPackageBlobTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), GeoPackageSchema.Wgs84);

    [Theory]
    [InlineData("2021-07-05T08:30:15.123Z")]
    [InlineData("2024-02-29T23:59:59.999Z")]
    [InlineData("0001-01-01T00:00:00.000Z")]
    public void A_stored_timestamp_reads_back_as_written(string text)
    {
        var time = Timestamps.Read(text);
        Assert.Equal(TimeSpan.Zero, time.Offset);
        Assert.Equal(text, Timestamps.Write(time));
    }

    [Theory]
    [InlineData("2021-02-29T00:00:00.000Z")]
    [InlineData("2021-07-05T24:00:00.000Z")]
    [InlineData("2021-07-05 08:30:15.123Z")]
    [InlineData("2021-07-05T08:30:15.12xZ")]
    [InlineData("2021-07-05T08:30:15Z")]
    public void A_malformed_timestamp_is_refused(string text) =>
        Assert.Throws<FormatException>(() => Timestamps.Read(text));

    [Fact]
    public void A_point_reads_back_with_its_coordinates_and_SRID()
    {
        var point = Wgs84.CreatePoint(new Coordinate(70.25, 37.125));
        var read = GeometryBlob.Read(GeometryBlob.Write(point));
        Assert.Equal(point, read);
        Assert.Equal(GeoPackageSchema.Wgs84, read.SRID);
    }

    [Fact]
    public void Points_in_other_encodings_read_as_NTS_reads_them()
    {
        var point = Wgs84.CreatePoint(new Coordinate(70.25, 37.125));
        // The same header (and envelope) before the point's 21 bytes of WKB, big-endian instead.
        var blob = GeometryBlob.Write(point);
        byte[] bigEndian = [.. blob.AsSpan(0, blob.Length - 21), .. new WKBWriter(ByteOrder.BigEndian, false, false).Write(point)];
        var empty = GeometryBlob.Write(Wgs84.CreatePoint());
        var otherSrs = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(new GeometryFactory(new PrecisionModel(), 3857).CreatePoint(new Coordinate(1, 2)));
        var line = GeometryBlob.Write(Wgs84.CreateLineString([new Coordinate(70, 37), new Coordinate(71, 38)]));

        Assert.Equal(point, GeometryBlob.Read(bigEndian));
        Assert.True(GeometryBlob.Read(empty).IsEmpty);
        Assert.Equal(3857, GeometryBlob.Read(otherSrs).SRID);
        Assert.Equal(2, GeometryBlob.Read(line).NumPoints);
    }

    /// <summary>Points and lines are written without NTS's writer; what GDAL and every reader see must not change.</summary>
    [Fact]
    public void Points_and_lines_are_written_byte_for_byte_as_NTS_writes_them()
    {
        var unlabelled = new GeometryFactory();
        Geometry[] geometries =
        [
            Wgs84.CreatePoint(new Coordinate(70.25, 37.125)),
            Wgs84.CreatePoint(new CoordinateZ(-179.5, -89.25, 12)),
            unlabelled.CreatePoint(new Coordinate(66, 30)),
            Wgs84.CreateLineString([new Coordinate(70, 37), new Coordinate(71.5, 36.75)]),
            unlabelled.CreateLineString([new Coordinate(71, 38), new Coordinate(70, 37), new Coordinate(72, 36), new Coordinate(71, 38)]),
            Wgs84.CreatePoint(),
            Wgs84.CreatePolygon([new Coordinate(70, 37), new Coordinate(71, 37), new Coordinate(71, 38), new Coordinate(70, 37)]),
        ];
        var nts = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };

        foreach (var geometry in geometries)
        {
            Assert.Equal(nts.Write(Wgs84.CreateGeometry(geometry)), GeometryBlob.Write(geometry));
        }
    }
}
