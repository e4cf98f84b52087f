using Goodhart.Reports.Rendering.Pdf;
using Goodhart.Reports.Tests.Support;
using SkiaSharp;

namespace Goodhart.Reports.Tests.Rendering.Pdf;

public sealed class TextLayoutTests : IDisposable
{
    private static readonly TextStyle Body = new(10, SKColors.Black);
    private readonly TextLayout _layout = new(PdfFonts.Shared);

    [Fact]
    public void Wrap_OrdinaryWords_BreaksOnlyBetweenWords()
    {
        var text = "We rush the easy cases through triage so the clock looks good, and the hard ones wait.";

        var lines = _layout.Wrap(text, Body, 120);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(l.Width <= 120, $"'{l.Text}' is {l.Width} wide"));
        Assert.All(lines, l => Assert.False(l.EndsInsideWord));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_Greedy_FillsEachLineBeforeBreaking()
    {
        var lines = _layout.Wrap("aaa bbb ccc ddd eee fff ggg hhh", Body, 60);

        for (var i = 0; i < lines.Count - 1; i++)
        {
            var nextWord = lines[i + 1].Text.Split(' ')[0];
            var withNext = _layout.SingleLine(lines[i].Text + " " + nextWord, Body).Width;
            Assert.True(withNext > 60, $"'{nextWord}' would have fitted on line {i + 1}");
        }
    }

    [Fact]
    public void Wrap_WordWiderThanTheLine_IsCutBetweenCharactersOnly()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghijklmnopqrstuvwxyz0123456789", 40));

        var lines = _layout.Wrap("before " + word + " after", Body, 200);

        Assert.Equal("before", lines[0].Text);
        var pieces = lines.Skip(1).TakeWhile(l => l.EndsInsideWord).ToList();
        Assert.True(pieces.Count > 3);
        Assert.All(pieces, p => Assert.True(p.Width <= 200 && p.Width > 190, $"piece is {p.Width} wide"));
        var rest = lines.Skip(1 + pieces.Count).ToList();
        Assert.Equal(word, string.Concat(pieces.Select(p => p.Text)) + rest[0].Text.Split(' ')[0]);
        Assert.EndsWith("after", rest[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_LongReflection_SplitsOnlyWordsLongerThanALine()
    {
        var reflection = SampleDocuments.LongReflection();
        var words = reflection.Split(' ').ToHashSet();
        const float Width = 480;

        var lines = _layout.Wrap(reflection, Body, Width);

        foreach (var line in lines)
        {
            Assert.True(line.Width <= Width, $"'{line.Text[..Math.Min(20, line.Text.Length)]}…' is {line.Width} wide");
            foreach (var token in line.Text.Split(' '))
            {
                if (!words.Contains(token))
                {
                    // a piece of a word: only allowed if the whole word does not fit on a line
                    var whole = words.Single(w => w.Contains(token, StringComparison.Ordinal));
                    Assert.True(_layout.SingleLine(whole, Body).Width > Width, $"'{whole}' fits on a line but was split");
                }
            }
        }

        Assert.Equal(reflection, string.Concat(lines.Select(l => l.EndsInsideWord ? l.Text : l.Text + " ")).TrimEnd());
    }

    [Fact]
    public void Wrap_CombiningMarks_StayWithTheirLetter()
    {
        var word = string.Concat(Enumerable.Repeat("e\u0301", 200)); // é as e + combining acute

        var lines = _layout.Wrap(word, Body, 100);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.False(l.Text.StartsWith('\u0301')));
    }

    [Fact]
    public void Wrap_LineBreaks_AreKeptAndBlankLinesStay()
    {
        var lines = _layout.Wrap("one\r\ntwo\n\nthree", Body, 400);

        Assert.Equal(["one", "two", string.Empty, "three"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Wrap_HebrewParagraph_RunsRightToLeft()
    {
        var line = _layout.Wrap("שלום עולם יפה", Body, 400).Single();

        Assert.True(line.IsRtl);
        // visual order, left to right: the last word first
        Assert.Equal(["יפה", "עולם", "שלום"], line.Spans.Select(s => s.Text));
        Assert.True(line.Spans[0].X < line.Spans[1].X && line.Spans[1].X < line.Spans[2].X);
    }

    [Fact]
    public void Wrap_RtlParagraphWithLatinWords_KeepsTheLatinRunInReadingOrder()
    {
        var line = _layout.Wrap("שלום hello world עולם", Body, 400).Single();

        Assert.Equal(["עולם", "hello", "world", "שלום"], line.Spans.Select(s => s.Text));
    }

    [Fact]
    public void Wrap_LatinParagraphWithRtlWords_ReversesOnlyTheRtlRun()
    {
        var line = _layout.Wrap("the team wrote שלום עולם here", Body, 400).Single();

        Assert.False(line.IsRtl);
        Assert.Equal(["the", "team", "wrote", "עולם", "שלום", "here"], line.Spans.Select(s => s.Text));
    }

    [Fact]
    public void Wrap_ArabicWord_IsShapedIntoJoiningForms()
    {
        const string Word = "مرحبا";
        var span = _layout.Wrap(Word, Body, 400).Single().Spans.Single();
        var isolated = span.Typeface.GetGlyphs(Word).Reverse().ToArray();

        Assert.Equal(Word, span.Text);
        Assert.Equal(5, span.Glyphs.Length);
        Assert.NotEqual(isolated, span.Glyphs); // HarfBuzz picked initial/medial/final forms
        Assert.DoesNotContain((ushort)0, span.Glyphs);
    }

    [Fact]
    public void Wrap_ZwjEmojiSequence_IsOneGlyph()
    {
        InstalledFonts.RequireEmoji();
        var spans = _layout.Wrap("a 👩‍💻 b", Body, 400).Single().Spans;

        var emoji = spans.Single(s => s.Text == "👩‍💻");
        Assert.Single(emoji.Glyphs);
    }

    [Fact]
    public void Truncate_TooLong_EndsWithAnEllipsisAndFits()
    {
        var line = _layout.Truncate(SampleDocuments.LongMeasureName(), Body, 150);

        Assert.EndsWith("…", line.Text, StringComparison.Ordinal);
        Assert.True(line.Width <= 150);
    }

    [Theory]
    [InlineData(false, false, 400, false)]
    [InlineData(true, false, 700, false)]
    [InlineData(false, true, 400, true)]
    public void Face_Styles_AreDejaVuSans(bool bold, bool italic, int weight, bool slanted)
    {
        var face = PdfFonts.Shared.Face(bold, italic);

        Assert.Equal("DejaVu Sans", face.FamilyName);
        Assert.Equal(weight, face.FontWeight);
        Assert.Equal(slanted, face.FontSlant != SKFontStyleSlant.Upright);
    }

    public void Dispose() => _layout.Dispose();
}
