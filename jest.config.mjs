import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

export default createJestConfig({
  // Jest's default is one worker fewer than the cores: one on CI's two, which runs the 85 files one after another
  // while the slowest wait on LibreOffice and PostgreSQL. Each file has its own databases (the drop box's) and
  // LibreOffice profile, so they can run side by side.
  maxWorkers: '100%',
  // Side by side on a shared machine, a test that takes 2 s alone can take three times Jest's default 5 s.
  testTimeout: 30_000,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.{ts,tsx}'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
});
