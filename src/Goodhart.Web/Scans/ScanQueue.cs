using System.Threading.Channels;

namespace Goodhart.Web.Scans;

/// <summary>The scans waiting for the background worker, by id, in the order they were mapped.</summary>
public sealed class ScanQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Puts a scan at the back of the queue.</summary>
    /// <param name="id">The scan's id.</param>
    public void Enqueue(Guid id) => _channel.Writer.TryWrite(id);

    /// <summary>The scans as they are queued.</summary>
    internal ChannelReader<Guid> Reader => _channel.Reader;
}
