/** An entry kind's admin list, as breadcrumbs name it: `/admin/aid`, "Aid packages". */
export interface ListLink {
  href: string;
  title: string;
}
