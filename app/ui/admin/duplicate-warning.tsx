import Link from '@/app/ui/link';

/** Shown when the server holds back a likely duplicate; ticking the box saves it anyway. */
export function DuplicateWarning({
  existing,
  href,
}: {
  existing: { id: number; title: string };
  href: string;
}) {
  return (
    <div className="form-message-info" role="alert">
      <p>
        This looks like an entry already recorded: <Link href={href}>{existing.title}</Link> (same donor,
        recipient, category, amount and date). Nothing was saved.
      </p>
      <label>
        <input type="checkbox" name="confirmDuplicate" /> It is a different package: save it anyway
      </label>
    </div>
  );
}
