import { DefaultNamingStrategy, type NamingStrategyInterface, type Table, type View } from 'typeorm';

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

const tableOf = (tableOrName: Table | View | string) => {
  const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  return name.split('.').pop() as string;
};

/**
 * snake_case tables and columns, and readable constraint names
 * (`pk_user`, `fk_api_key_owner_id`, `uq_user_email`, `ix_api_key_owner_id_created_at`)
 * so that errors can be mapped by constraint name and migrations read well.
 */
export class SnowballNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snake(targetName);
  }

  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return snake(embeddedPrefixes.concat(customName ?? propertyName).join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(tableOrName: Table | string): string {
    return `pk_${tableOf(tableOrName)}`;
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `uq_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override relationConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `rel_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `fk_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override indexName(tableOrName: Table | View | string, columnNames: string[]): string {
    return `ix_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override checkConstraintName(tableOrName: Table | string, expression: string, isEnum?: boolean): string {
    const base = super.checkConstraintName(tableOrName, expression, isEnum);
    return `ck_${tableOf(tableOrName)}_${base.slice(-8).toLowerCase()}`;
  }

  override defaultConstraintName(tableOrName: Table | string, columnName: string): string {
    return `df_${tableOf(tableOrName)}_${columnName}`;
  }
}
