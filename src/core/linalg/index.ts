/** Small dense linear algebra with LAPACK's conventions: what numpy.linalg returns for svd, eigh and cholesky. */
export { LinAlgError, SMLSIZ } from './consts';
export { svd, Svd } from './svd';
export { eigh, Eigh } from './eigh';
export { cholesky } from './cholesky';
