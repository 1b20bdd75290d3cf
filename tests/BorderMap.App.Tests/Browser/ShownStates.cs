using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// Records every value an element's text or attribute takes, in the page, as it changes: a state that passes (a status
/// while an export renders, "playing" while playback runs) may come and go between two polls of a fast page, or before
/// the first poll of a slow test run, so a test records it and checks afterwards, once the lasting outcome is in.
/// </summary>
internal static class ShownStates
{
    /// <summary>Starts recording the text of the element <paramref name="selector"/> finds, or its <paramref name="attribute"/>.</summary>
    public static Task RecordAsync(IPage page, string selector, string? attribute = null) =>
        page.EvaluateAsync(
            """
            ([selector, attribute]) => {
              const element = document.querySelector(selector);
              const read = () => attribute === null ? element.textContent : element.getAttribute(attribute);
              const shown = (window.shownStates ??= {})[selector + '@' + attribute] = [];
              new MutationObserver(() => shown.push(read())).observe(element, attribute === null
                ? { childList: true, characterData: true, subtree: true }
                : { attributes: true, attributeFilter: [attribute] });
            }
            """,
            new object?[] { selector, attribute });

    /// <summary>Every value recorded since <see cref="RecordAsync"/>, in the order shown.</summary>
    public static Task<string?[]> ShownAsync(IPage page, string selector, string? attribute = null) =>
        page.EvaluateAsync<string?[]>("([selector, attribute]) => window.shownStates[selector + '@' + attribute]", new object?[] { selector, attribute });
}
