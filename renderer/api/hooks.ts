import { useMutation, useQuery, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import type { AppError, HandlerName, InputOf, OutputOf } from '../../shared/contract';
import { call } from './transport';

/** A failed call, thrown so the query cache sees it; `error` is the core's value. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export async function request<N extends HandlerName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function queryKey<N extends HandlerName>(name: N, input?: InputOf<N>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

export function useApiQuery<N extends HandlerName>(
  name: N,
  input: InputOf<N>,
  options: Omit<UseQueryOptions<OutputOf<N>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<N>, ApiError>({
    queryKey: queryKey(name, input),
    queryFn: () => request(name, input),
    ...options,
  });
}

export function useApiMutation<N extends HandlerName>(
  name: N,
  options: Omit<UseMutationOptions<OutputOf<N>, ApiError, InputOf<N>>, 'mutationFn'> = {},
) {
  return useMutation<OutputOf<N>, ApiError, InputOf<N>>({ mutationFn: (input) => request(name, input), ...options });
}
