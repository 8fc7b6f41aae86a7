/// "1 unit", "2 units": a count with its noun in the right number, for the summaries people read
/// (JSON output keeps plain numbers).
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
