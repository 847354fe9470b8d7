import { listEndpoint } from '@/app/lib/api/lists/list-endpoint';

export const { GET, HEAD, OPTIONS } = listEndpoint('aid');
