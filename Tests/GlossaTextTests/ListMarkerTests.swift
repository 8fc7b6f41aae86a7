import GlossaText
import Testing

/// Bullets of list items are layout; a number, a dash inside a sentence and a lone dash stay.
@Suite struct ListMarkerTests {
    @Test(arguments: [
        ("• Die Regierung senkt die Stromsteuer.", "Die Regierung senkt die Stromsteuer."),
        ("- The government is cutting electricity tax.", "The government is cutting electricity tax."),
        ("–  Unternehmen erhalten einen Zuschuss.", "Unternehmen erhalten einen Zuschuss."),
        ("1. Die Maßnahmen gelten ab Januar.", "1. Die Maßnahmen gelten ab Januar."),
        ("-5 Grad werden erwartet.", "-5 Grad werden erwartet."),
        ("Die NATO - das ist ein Bündnis.", "Die NATO - das ist ein Bündnis."),
        ("- …", "- …"),
    ])
    func bulletsGoNumbersStay(_ sentence: String, _ expected: String) {
        #expect(ListMarker.removed(from: sentence) == expected)
    }
}
