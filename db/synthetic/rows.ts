import type { AidCategory, AidStatus, SanctionMeasure, SanctionStatus } from '../../domain/vocabulary';

// The rows the generator makes and the loader writes (load.ts), apart from both so that the
// row makers and the rollup builder name them without importing the loader.

export interface AidRow {
  id: number;
  donorId: number;
  recipientId: number;
  category: AidCategory;
  status: AidStatus;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  announcedOn: string;
  title: string;
  description: string | null;
  createdAt: string;
  retiredAt: string | null;
}

export interface SanctionRow {
  id: number;
  imposingId: number;
  targetId: number;
  measure: SanctionMeasure;
  status: SanctionStatus;
  announcedOn: string;
  effectiveOn: string | null;
  liftedOn: string | null;
  legalBasis: string | null;
  title: string;
  description: string | null;
  createdAt: string;
  retiredAt: string | null;
}
