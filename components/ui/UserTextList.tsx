import UserText from '@/components/ui/UserText';

/** Names people typed, one after another with commas, each isolated so that none can reorder the next. */
export default function UserTextList({ items }: { items: readonly string[] }) {
  return items.map((item, index) => (
    <span key={item}>
      {index > 0 && ', '}
      <UserText>{item}</UserText>
    </span>
  ));
}
