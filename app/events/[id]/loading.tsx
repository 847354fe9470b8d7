import { DetailSkeleton } from '@/app/ui/detail-skeleton';

export default function Loading() {
  return <DetailSkeleton />;
}
