import { OverviewSkeleton } from '@/app/ui/dashboard/skeletons';

export default function Loading() {
  return <OverviewSkeleton />;
}
