using System.Text;
using BorderMap.App.Server;
using BorderMap.App.Tests.Hardening;

namespace BorderMap.App.Tests;

/// <summary>
/// The start-up warm-up reads the server's answers itself (<see cref="LoopbackRequest"/>): its refused
/// edit needs the first claim's id from a chunked page and sends that claim back as it came.
/// </summary>
public sealed class LoopbackRequestTests(LocalServer server) : IClassFixture<LocalServer>
{
    [Fact]
    public async Task A_page_of_claims_from_the_server_reads_as_it_reads_for_any_client()
    {
        const string page = "api/claims?sort=date&fields=marker&limit=3";
        var expected = await server.Client.GetByteArrayAsync(page);

        var (status, body) = await LoopbackRequest.SendAsync(server.Url, "GET", page, CancellationToken.None);

        Assert.Equal(200, status);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void A_chunked_answer_is_read_as_its_joined_body_with_its_status()
    {
        var answer = Encoding.ASCII.GetBytes(
            "HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "c\r\n{\"features\":\r\n10\r\n[{\"id\":\"c-1\"}]} \r\n0\r\n\r\n");

        var (status, body) = LoopbackRequest.Parse(answer);

        Assert.Equal(200, status);
        Assert.Equal("{\"features\":[{\"id\":\"c-1\"}]} ", Encoding.ASCII.GetString(body));
    }

    [Fact]
    public void An_answer_with_a_length_is_read_as_it_is()
    {
        var (status, body) = LoopbackRequest.Parse(Encoding.ASCII.GetBytes("HTTP/1.1 412 Precondition Failed\r\nContent-Length: 2\r\n\r\n{}"));

        Assert.Equal(412, status);
        Assert.Equal("{}", Encoding.ASCII.GetString(body));
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"features\"")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: application/json")]
    public void An_answer_cut_short_is_an_IO_error(string answer)
    {
        Assert.Throws<IOException>(() => LoopbackRequest.Parse(Encoding.ASCII.GetBytes(answer)));
    }
}
