/** Child process for the crash tests: opens (and so migrates) a journal, then says so. */
import { openDatabase } from '../db/open-database';

const db = openDatabase(process.argv[2] ?? '');
process.stdout.write('migrated\n');
db.close();
