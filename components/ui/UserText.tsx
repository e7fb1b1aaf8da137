/**
 * Text that came from a link or a receipt (a student's name, an assignment's title or class), set among the app's
 * own words. <bdi> isolates it, so a right-to-left name or an unclosed direction override cannot reorder what
 * follows; and it may break anywhere, so a 100-letter word cannot push a phone's page sideways.
 */
export default function UserText({ children }: { children: string }) {
  return <bdi className="wrap-anywhere">{children}</bdi>;
}
